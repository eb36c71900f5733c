package org.irtiqa.support.events;

import java.util.UUID;

/**
 * The actor of the work the current thread is doing: the id of the audit entry of the HTTP write
 * it serves (opened by the audit filter around the request). {@link EventMetadataFactory} stamps
 * it on every event made meanwhile as {@code meta.actor} — the entry id, not the {@code sub}, since
 * the topics keep their records forever and the trail is where a person can be erased
 * (security.md "Audit trail"). A consumer applying events opens none, so their events carry none.
 */
public final class Actors {

    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

    private Actors() {}

    /** The audit entry id of the request being served, or null outside one. */
    public static UUID current() {
        return CURRENT.get();
    }

    /** Makes {@code entryId} current until the scope is closed. Use in try-with-resources. */
    public static Scope open(UUID entryId) {
        UUID previous = CURRENT.get();
        CURRENT.set(entryId);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Restores the previous actor on close. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
