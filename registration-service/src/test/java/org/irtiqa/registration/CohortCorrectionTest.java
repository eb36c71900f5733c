package org.irtiqa.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.events.registration.CohortUpdated;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

/** `PUT /api/cohorts/{code}` (api.md, "Corrections and integrity"). */
class CohortCorrectionTest extends RegistrationTest {

    @Test
    void correctsACohortAndPublishesCohortUpdatedWithTheNextRevision() {
        String cohort = createdCohort(10);

        put("/api/cohorts/" + cohort, correction("2026-12-15", "2027-04-30", 25))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo(cohort)
                .jsonPath("$.startsOn")
                .isEqualTo("2026-12-15")
                .jsonPath("$.capacity")
                .isEqualTo(25)
                .jsonPath("$.activeEnrolments")
                .isEqualTo(0);

        get("/api/cohorts/" + cohort).expectBody().jsonPath("$.endsOn").isEqualTo("2027-04-30");
        var events = TopicReader.await(Topics.COHORTS, true, e -> cohort.equals(e.key()), 2);
        assertThat(((CohortCreated) events.get(0).value()).getRevision()).isZero();
        var updated = (CohortUpdated) events.get(1).value();
        assertThat(updated.getRevision()).isEqualTo(1);
        assertThat(updated.getStartsOn()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(updated.getCapacity()).isEqualTo(25);
        assertThat(updated.getNameEn()).isEqualTo("First cohort, corrected");
    }

    @Test
    void refusesACapacityBelowTheActiveEnrolmentsAndChangesNothing() {
        String institution = registeredInstitution();
        String cohort = createdCohort(3);
        enrolled(registeredParticipant(institution, "TOP_LEADERSHIP"), cohort);
        enrolled(registeredParticipant(institution, "TOP_LEADERSHIP"), cohort);

        put("/api/cohorts/" + cohort, correction("2026-12-01", "2027-03-31", 1))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .value(type -> assertThat((String) type).endsWith("/capacity-below-enrolments"));
        get("/api/cohorts/" + cohort)
                .expectBody()
                .jsonPath("$.capacity")
                .isEqualTo(3)
                .jsonPath("$.nameEn")
                .isEqualTo("First cohort");

        put("/api/cohorts/" + cohort, correction("2026-12-01", "2027-03-31", 2))
                .expectStatus()
                .isOk();
        var updates = TopicReader.await(
                Topics.COHORTS, true, e -> cohort.equals(e.key()) && e.value() instanceof CohortUpdated, 1);
        assertThat(updates).hasSize(1);
        assertThat(((CohortUpdated) updates.getFirst().value()).getCapacity()).isEqualTo(2);
        assertThat(((CohortUpdated) updates.getFirst().value()).getRevision()).isEqualTo(1);
    }

    @Test
    void aCorrectionThatChangesNothingWritesNoEvent() {
        String cohort = createdCohort(10);
        String unchanged = cohort(cohort, 10).replace("\"code\": \"" + cohort + "\",", "");

        put("/api/cohorts/" + cohort, unchanged).expectStatus().isOk();
        put("/api/cohorts/" + cohort, correction("2026-12-01", "2027-03-31", 11))
                .expectStatus()
                .isOk();

        var updates = TopicReader.await(
                Topics.COHORTS, true, e -> cohort.equals(e.key()) && e.value() instanceof CohortUpdated, 1);
        assertThat(TopicReader.all(Topics.COHORTS, true).stream().filter(e -> cohort.equals(e.key())))
                .hasSize(2);
        assertThat(((CohortUpdated) updates.getFirst().value()).getRevision()).isEqualTo(1);
    }

    @Test
    void listsEveryInvalidFieldAtOnceAlsoEndsOnBeforeStartsOn() {
        String cohort = createdCohort(10);

        put("/api/cohorts/" + cohort, """
                        {"nameEn": " ", "nameAr": "الدفعة", "startsOn": "2027-01-01", "endsOn": "2026-12-31",
                         "capacity": 0}""")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields ->
                        assertThat((List<Object>) fields).containsExactlyInAnyOrder("nameEn", "endsOn", "capacity"));
        post("/api/cohorts", cohort(code("C"), 0).replace("2027-03-31", "2026-11-30"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat((List<Object>) fields).containsExactlyInAnyOrder("endsOn", "capacity"));
        get("/api/cohorts/" + cohort).expectBody().jsonPath("$.capacity").isEqualTo(10);
    }

    @Test
    void answersNotFoundForAnUnknownCode() {
        put("/api/cohorts/NO-SUCH-" + System.nanoTime(), correction("2026-12-01", "2027-03-31", 5))
                .expectStatus()
                .isNotFound();
    }

    private static String correction(String startsOn, String endsOn, int capacity) {
        return """
                {"nameEn": "First cohort, corrected", "nameAr": "الدفعة الأولى", "startsOn": "%s", "endsOn": "%s",
                 "capacity": %d}""".formatted(startsOn, endsOn, capacity);
    }
}
