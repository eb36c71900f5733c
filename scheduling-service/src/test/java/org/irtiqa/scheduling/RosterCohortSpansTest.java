package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.irtiqa.scheduling.roster.RosterCohort;
import org.junit.jupiter.api.Test;

/** A cohort's days are Muscat's days (UTC+4 all year): plain rules, no servers. */
class RosterCohortSpansTest {

    private final RosterCohort cohort =
            new RosterCohort("C1", "First", "الأولى", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31));

    @Test
    void spansFromMidnightOfTheFirstDayToMidnightAfterTheLastInMuscat() {
        assertThat(cohort.spans(at("2026-11-30T20:00:00Z"), at("2026-11-30T21:00:00Z")))
                .isTrue();
        assertThat(cohort.spans(at("2027-03-31T19:00:00Z"), at("2027-03-31T20:00:00Z")))
                .isTrue();
    }

    @Test
    void excludesSessionsReachingIntoTheDaysAround() {
        assertThat(cohort.spans(at("2026-11-30T19:59:59.999Z"), at("2026-11-30T21:00:00Z")))
                .isFalse();
        assertThat(cohort.spans(at("2027-03-31T19:00:00Z"), at("2027-03-31T20:00:00.001Z")))
                .isFalse();
        // still 31 March in UTC, but already 1 April in Muscat
        assertThat(cohort.spans(at("2027-03-31T21:00:00Z"), at("2027-03-31T22:00:00Z")))
                .isFalse();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
