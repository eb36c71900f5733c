package org.irtiqa.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * Enrolments, withdrawals and completions dated in the past, and the integrity rules about those
 * dates (api.md, "Recording the past", "Rules the services hold"): each refused request changes
 * nothing — no row, no seat, no event.
 */
class RecordingThePastTest extends RegistrationTest {

    @Test
    void recordsAnEnrolmentAWithdrawalAndACompletionOnTheirOwnDays() {
        String institution = registeredInstitution();
        String cohort = createdCohort(5);
        String first = registeredParticipant(institution, "TOP_LEADERSHIP");
        String second = registeredParticipant(institution, "EXECUTIVE_TEAM");

        String withdrawnId = idOf(post("/api/enrolments", dated(first, cohort, "2026-11-02T09:00:00.123456+04:00")));
        String completedId = idOf(post("/api/enrolments", dated(second, cohort, "2026-11-02T09:00:00+04:00")));
        post("/api/enrolments/" + withdrawnId + "/withdrawal", """
                        {"reason": "Posted abroad", "withdrawnAt": "2026-11-20T10:00:00+04:00"}""")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.withdrawnAt")
                .isEqualTo("2026-11-20T06:00:00.000Z")
                .jsonPath("$.reason")
                .isEqualTo("Posted abroad");
        post("/api/enrolments/" + completedId + "/completion", "{\"completedAt\": \"2026-11-30T12:00:00Z\"}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.completedAt")
                .isEqualTo("2026-11-30T12:00:00.000Z");

        get("/api/enrolments/" + withdrawnId)
                .expectBody()
                .jsonPath("$.enrolledAt")
                .isEqualTo("2026-11-02T05:00:00.123Z")
                .jsonPath("$.reason")
                .isEqualTo("Posted abroad");
        var events = TopicReader.await(Topics.ENROLMENTS, true, e -> institution.equals(e.key()), 4);
        assertThat(events)
                .filteredOn(e -> e.value() instanceof ParticipantEnrolled)
                .extracting(e -> ((ParticipantEnrolled) e.value()).getEnrolledAt())
                .containsExactly(Instant.parse("2026-11-02T05:00:00.123Z"), Instant.parse("2026-11-02T05:00:00Z"));
        assertThat(events)
                .filteredOn(e -> e.value() instanceof EnrolmentWithdrawn)
                .extracting(e -> ((EnrolmentWithdrawn) e.value()).getWithdrawnAt())
                .containsExactly(Instant.parse("2026-11-20T06:00:00Z"));
        assertThat(events)
                .filteredOn(e -> e.value() instanceof EnrolmentCompleted)
                .extracting(e -> ((EnrolmentCompleted) e.value()).getCompletedAt())
                .containsExactly(Instant.parse("2026-11-30T12:00:00Z"));
    }

    @Test
    void refusesDatesInTheFutureBeforeLookingAnythingUp() {
        String future = Instant.now().plusSeconds(3600).toString();
        post("/api/enrolments", dated("0190a4c2-0000-7000-8000-000000000000", "NO-SUCH", future))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("enrolledAt");
        post("/api/enrolments/0190a4c2-0000-7000-8000-000000000000/withdrawal", "{\"withdrawnAt\": \"" + future + "\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("withdrawnAt");
        post("/api/enrolments/0190a4c2-0000-7000-8000-000000000000/completion", "{\"completedAt\": \"" + future + "\"}")
                .expectStatus()
                .isBadRequest();
        post("/api/enrolments", dated("0190a4c2-0000-7000-8000-000000000000", "ANY", "2026-11-02T09:00:00"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("enrolledAt");
    }

    @Test
    void refusesAnEnrolmentDatedOutsideTheCohortAndChangesNothing() {
        String institution = registeredInstitution();
        String cohort = createdCohort(5); // 2026-12-01 to 2027-03-31
        String participant = registeredParticipant(institution, "TOP_LEADERSHIP");

        // 2026-09-01 in Muscat is 91 days before the start; 2026-09-02 is the first day allowed
        post("/api/enrolments", dated(participant, cohort, "2026-09-01T23:59:00+04:00"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .value(type -> assertThat((String) type).endsWith("/enrolled-outside-cohort"));

        assertNothingRecordedFor(institution, participant, cohort, 0);
        idOf(post("/api/enrolments", dated(participant, cohort, "2026-09-02T00:00:00+04:00")));
    }

    @Test
    void refusesEnrollingNowInAnEndedCohortButRecordsAnEnrolmentWithinItsDates() {
        String institution = registeredInstitution();
        String cohort = code("OLD");
        post(
                        "/api/cohorts",
                        cohort(cohort, 5).replace("2026-12-01", "2025-01-01").replace("2027-03-31", "2025-06-30"))
                .expectStatus()
                .isCreated();
        String participant = registeredParticipant(institution, "SENIOR_MANAGEMENT");

        post("/api/enrolments", enrolment(participant, cohort))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .value(type -> assertThat((String) type).endsWith("/cohort-ended"));
        post("/api/enrolments", dated(participant, cohort, "2024-12-20T09:00:00+04:00"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .value(type -> assertThat((String) type).endsWith("/cohort-ended"));

        assertNothingRecordedFor(institution, participant, cohort, 0);
        idOf(post("/api/enrolments", dated(participant, cohort, "2025-01-01T09:00:00+04:00")));
    }

    @Test
    void refusesAWithdrawalOrCompletionBeforeTheEnrolmentAndChangesNothing() {
        String institution = registeredInstitution();
        String cohort = createdCohort(5);
        String participant = registeredParticipant(institution, "MIDDLE_MANAGEMENT");
        String enrolment = idOf(post("/api/enrolments", dated(participant, cohort, "2026-11-10T09:00:00+04:00")));

        post("/api/enrolments/" + enrolment + "/withdrawal", "{\"withdrawnAt\": \"2026-11-09T09:00:00+04:00\"}")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .value(type -> assertThat((String) type).endsWith("/before-enrolment"));
        post("/api/enrolments/" + enrolment + "/completion", "{\"completedAt\": \"2026-11-10T08:59:59.999+04:00\"}")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .value(type -> assertThat((String) type).endsWith("/before-enrolment"));

        get("/api/enrolments/" + enrolment).expectBody().jsonPath("$.status").isEqualTo("ENROLLED");
        get("/api/cohorts/" + cohort)
                .expectBody()
                .jsonPath("$.activeEnrolments")
                .isEqualTo(1);
        post("/api/enrolments/" + enrolment + "/completion", "{\"completedAt\": \"2026-11-10T09:00:00+04:00\"}")
                .expectStatus()
                .isOk();
        var events = TopicReader.await(
                Topics.ENROLMENTS,
                true,
                e -> institution.equals(e.key()) && e.value() instanceof EnrolmentCompleted,
                1);
        assertThat(TopicReader.all(Topics.ENROLMENTS, true).stream().filter(e -> institution.equals(e.key())))
                .as("enrolled, then completed: the refused requests wrote nothing")
                .hasSize(2);
        assertThat(events).hasSize(1);
    }

    /** No enrolment of the participant, no seat taken, and no event: a fence write's event is the only one. */
    private void assertNothingRecordedFor(String institution, String participant, String cohort, int seats) {
        get("/api/enrolments?participantId=" + participant)
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
        get("/api/cohorts/" + cohort)
                .expectBody()
                .jsonPath("$.activeEnrolments")
                .isEqualTo(seats);
        String fence = createdCohort(1);
        String fenceEnrolment = enrolled(registeredParticipant(institution, "EXECUTIVE_TEAM"), fence);
        TopicReader.await(
                Topics.ENROLMENTS,
                e -> e.value() instanceof ParticipantEnrolled p
                        && p.getEnrolmentId().toString().equals(fenceEnrolment));
        assertThat(TopicReader.all(Topics.ENROLMENTS, true).stream().filter(e -> institution.equals(e.key())))
                .hasSize(1);
    }

    private static String dated(String participantId, String cohort, String enrolledAt) {
        return "{\"participantId\": \"%s\", \"cohortCode\": \"%s\", \"enrolledAt\": \"%s\"}"
                .formatted(participantId, cohort, enrolledAt);
    }
}
