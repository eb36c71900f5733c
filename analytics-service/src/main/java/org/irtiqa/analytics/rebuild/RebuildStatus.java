package org.irtiqa.analytics.rebuild;

import java.time.Instant;

/**
 * Whether a rebuild from offset 0 is running, how many were started, and the report of the last
 * one: when it started and finished (null while it runs), the events folded into the rebuilt state
 * and the records dead-lettered since it started (both counted as it goes while it runs), the share
 * of the input folded so far (0 to 1; 1 when none runs), and when a rebuild last completed.
 */
public record RebuildStatus(
        int generation,
        boolean rebuilding,
        Instant startedAt,
        Instant finishedAt,
        Long eventsFolded,
        Long deadLettered,
        double progress,
        Instant lastCompletedAt) {

    RebuildStatus withProgress(double share) {
        return new RebuildStatus(
                generation, rebuilding, startedAt, finishedAt, eventsFolded, deadLettered, share, lastCompletedAt);
    }
}
