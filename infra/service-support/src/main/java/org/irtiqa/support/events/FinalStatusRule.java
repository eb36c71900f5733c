package org.irtiqa.support.events;

import java.time.Instant;
import java.util.Comparator;

/**
 * The one rule for an enrolment's final status, shared by every service that folds registration's
 * enrolment events (scheduling's roster, analytics): an enrolment is {@code ENROLLED} until a final
 * status ({@code WITHDRAWN} or {@code COMPLETED}) is known, and of the final statuses the one with
 * the earliest business time ({@code withdrawnAt}, {@code completedAt}) wins, a tie going to the
 * status name that sorts first. The rule looks only at the events, never at their arrival, so a
 * withdrawal that overtakes its enrolment, or a completion and a withdrawal arriving in either
 * order, fold to the same status.
 */
public final class FinalStatusRule {

    public static final String ENROLLED = "ENROLLED";

    private static final Comparator<Status> EARLIEST_FIRST =
            Comparator.comparing(Status::at).thenComparing(Status::name);

    /** A status with its business time; {@code at} is ignored (and may be null) for ENROLLED. */
    public record Status(String name, Instant at) {

        boolean isFinal() {
            return !ENROLLED.equals(name);
        }
    }

    private FinalStatusRule() {}

    /** True when {@code candidate} replaces {@code stored} (null: nothing known yet). */
    public static boolean supersedes(Status candidate, Status stored) {
        if (stored == null) {
            return true;
        }
        if (!candidate.isFinal()) {
            return false;
        }
        return !stored.isFinal() || EARLIEST_FIRST.compare(candidate, stored) < 0;
    }

    /**
     * The same rule as an SQL condition for an upsert: true when row {@code candidate} (usually
     * {@code excluded}) replaces the status of the stored row {@code stored}. Both have the columns
     * {@code status} (text) and {@code status_at} (an ordered time type, null while ENROLLED).
     */
    public static String supersedesSql(String candidate, String stored) {
        return ("(%1$s.status <> 'ENROLLED' and (%2$s.status = 'ENROLLED'"
                        + " or (%1$s.status_at, %1$s.status) < (%2$s.status_at, %2$s.status)))")
                .formatted(candidate, stored);
    }
}
