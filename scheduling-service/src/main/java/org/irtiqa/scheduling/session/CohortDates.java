package org.irtiqa.scheduling.session;

import java.time.Instant;
import org.irtiqa.scheduling.roster.RosterCohort;
import org.irtiqa.support.web.UnknownReferenceException;

/**
 * A session lies within its cohort's days as the roster knows them now: scheduling and
 * rescheduling check the current dates, while sessions already recorded stay as they are when a
 * cohort's dates change later (api.md).
 */
final class CohortDates {

    private CohortDates() {}

    /** 422 naming the end of the session that lies outside the cohort's days. */
    static void requireWithin(RosterCohort cohort, Instant startsAt, Instant endsAt) {
        if (!cohort.spans(startsAt, endsAt)) {
            String field = startsAt.isBefore(cohort.opensAt()) ? "startsAt" : "endsAt";
            throw new UnknownReferenceException(
                    field,
                    "Cohort " + cohort.code() + " runs from " + cohort.startsOn() + " to " + cohort.endsOn()
                            + " (Asia/Muscat); the session must lie within those days.");
        }
    }
}
