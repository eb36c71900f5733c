package org.irtiqa.registration.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.irtiqa.registration.cohort.Cohort;
import org.irtiqa.support.web.ConflictException;

/**
 * When an enrolment in a cohort may be dated (api.md, "Recording the past" and "Rules the services
 * hold"), by the programme's calendar: from 90 days before the cohort starts (people sign up
 * ahead) to its last day; and once the cohort has ended, only as a record of the past, dated
 * within the cohort's own dates.
 */
final class EnrolmentDates {

    static final ZoneId CALENDAR = ZoneId.of("Asia/Muscat");

    /** How long before its start a cohort can already be joined. */
    static final int DAYS_AHEAD = 90;

    private EnrolmentDates() {}

    /** Today in the programme's calendar. */
    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), CALENDAR);
    }

    /**
     * Why an enrolment in {@code cohort} at {@code enrolledAt} is refused, if it is.
     *
     * @param dated whether the caller gave {@code enrolledAt} (else it is now): enrolling now in
     *     an ended cohort is {@code cohort-ended}, a given date out of the window
     *     {@code enrolled-outside-cohort}
     * @param today today in the programme's calendar
     */
    static Optional<ConflictException> refusal(Cohort cohort, Instant enrolledAt, boolean dated, LocalDate today) {
        LocalDate day = LocalDate.ofInstant(enrolledAt, CALENDAR);
        LocalDate opens = cohort.startsOn().minusDays(DAYS_AHEAD);
        boolean inWindow = !day.isBefore(opens) && !day.isAfter(cohort.endsOn());
        boolean withinCohort = inWindow && !day.isBefore(cohort.startsOn());
        if (dated && !inWindow) {
            return Optional.of(outside(cohort, opens, day));
        }
        if (today.isAfter(cohort.endsOn()) && !withinCohort) {
            return Optional.of(new ConflictException(
                    "cohort-ended",
                    "Cohort " + cohort.code() + " ended on " + cohort.endsOn()
                            + "; an enrolment in it can only be recorded with an enrolledAt within its dates, "
                            + cohort.startsOn() + " to " + cohort.endsOn() + "."));
        }
        if (!inWindow) {
            return Optional.of(outside(cohort, opens, day));
        }
        return Optional.empty();
    }

    private static ConflictException outside(Cohort cohort, LocalDate opens, LocalDate day) {
        return new ConflictException(
                "enrolled-outside-cohort",
                "An enrolment in cohort " + cohort.code() + " must be dated from " + opens + " to " + cohort.endsOn()
                        + " (Asia/Muscat); it was " + day + ".");
    }
}
