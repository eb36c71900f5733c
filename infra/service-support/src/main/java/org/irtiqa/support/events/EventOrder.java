package org.irtiqa.support.events;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import org.irtiqa.events.EventMetadata;

/**
 * The one order-free rule by which consumers fold the events about one correctable thing
 * (readiness-metrics.md, "Corrections"): the highest {@code revision} wins, ties broken by the later
 * {@code occurredAt}, then by the greater {@code eventId} compared as a canonical lower-case string
 * (which is unsigned 128-bit order, and PostgreSQL's order of {@code uuid}). Arrival order never
 * matters, so a replay, a duplicate or events of two topics interleaved fold to the same state.
 */
public record EventOrder(long revision, Instant occurredAt, UUID eventId) implements Comparable<EventOrder> {

    private static final Comparator<EventOrder> ORDER = Comparator.comparingLong(EventOrder::revision)
            .thenComparing(EventOrder::occurredAt)
            .thenComparing(order -> order.eventId().toString());

    /** The place in the fold of an event with this revision and envelope. */
    public static EventOrder of(long revision, EventMetadata meta) {
        return new EventOrder(revision, meta.getOccurredAt(), meta.getEventId());
    }

    /** True when an event at this place replaces the state folded from one at {@code other}. */
    public boolean supersedes(EventOrder other) {
        return other == null || compareTo(other) > 0;
    }

    @Override
    public int compareTo(EventOrder other) {
        return ORDER.compare(this, other);
    }

    /**
     * The same rule as an SQL condition for an upsert: true when the row {@code candidate} (usually
     * {@code excluded}) supersedes the stored row {@code stored}. Both must have the columns
     * {@code revision} (bigint), {@code occurred_at} (an ordered time type) and {@code event_id}
     * ({@code uuid}, whose order is the canonical string's).
     */
    public static String supersedesSql(String candidate, String stored) {
        return "(%1$s.revision, %1$s.occurred_at, %1$s.event_id) > (%2$s.revision, %2$s.occurred_at, %2$s.event_id)"
                .formatted(candidate, stored);
    }
}
