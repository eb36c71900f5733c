package org.irtiqa.registration.system;

/**
 * A thing as stored, with its revision (events.md): 0 when created, +1 at each correction that
 * changes it. Kept beside the resource rather than in it, since the API does not show it.
 */
public record Revised<T>(T value, long revision) {

    /** The revision the next change of this thing will have. */
    public long next() {
        return revision + 1;
    }
}
