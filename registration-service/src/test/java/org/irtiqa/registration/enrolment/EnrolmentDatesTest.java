package org.irtiqa.registration.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.irtiqa.registration.cohort.Cohort;
import org.irtiqa.support.web.ConflictException;
import org.junit.jupiter.api.Test;

/** When an enrolment may be dated, by Asia/Muscat days (api.md, "Recording the past"). */
class EnrolmentDatesTest {

    private static final Cohort COHORT =
            new Cohort("C1", "Cohort", "الدفعة", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31), 10, 0);

    @Test
    void anEnrolmentMayBeDatedFromNinetyDaysBeforeTheStartToTheLastDay() {
        LocalDate today = LocalDate.of(2026, 10, 1);
        assertThat(refusal("2026-06-02T20:00:00Z", true, today)).isEmpty(); // 03 June 00:00 in Muscat
        assertThat(refusal("2026-06-02T19:59:59Z", true, today)).contains("enrolled-outside-cohort");
        assertThat(refusal("2026-12-31T19:59:59Z", true, today)).isEmpty();
        assertThat(refusal("2026-12-31T20:00:00Z", true, today)).contains("enrolled-outside-cohort");
    }

    @Test
    void enrollingNowInAnEndedCohortIsCohortEnded() {
        LocalDate today = LocalDate.of(2027, 1, 1);
        assertThat(refusal("2027-01-01T08:00:00Z", false, today)).contains("cohort-ended");
    }

    @Test
    void anEndedCohortTakesOnlyEnrolmentsDatedWithinItsOwnDates() {
        LocalDate today = LocalDate.of(2027, 1, 1);
        assertThat(refusal("2026-09-01T05:00:00Z", true, today)).isEmpty();
        assertThat(refusal("2026-08-15T05:00:00Z", true, today)).contains("cohort-ended");
        assertThat(refusal("2025-01-01T05:00:00Z", true, today)).contains("enrolled-outside-cohort");
    }

    @Test
    void enrollingNowLongBeforeTheStartIsOutsideTheCohort() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        assertThat(refusal("2026-05-01T08:00:00Z", false, today)).contains("enrolled-outside-cohort");
    }

    private static Optional<String> refusal(String enrolledAt, boolean dated, LocalDate today) {
        return EnrolmentDates.refusal(COHORT, Instant.parse(enrolledAt), dated, today)
                .map(ConflictException::typeSlug);
    }
}
