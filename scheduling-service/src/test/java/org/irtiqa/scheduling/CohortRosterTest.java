package org.irtiqa.scheduling;

import java.util.UUID;
import org.irtiqa.scheduling.Registration.Member;
import org.junit.jupiter.api.Test;

/** {@code GET /api/cohorts/{code}/roster}: the cohort's active enrolments as registration's events left them. */
class CohortRosterTest extends SchedulingTest {

    @Test
    void listsActiveEnrolmentsByNameWithNamesNullUntilTheParticipantArrives() {
        String cohort = registration.cohort();
        String institution = code("INST");
        var zainab = registration.enrolled(cohort, institution, "Zainab Al-Lawati", "زينب اللواتية");
        var ahmed = registration.enrolled(cohort, institution, "Ahmed Al-Said", "أحمد السعيد");
        var withdrawn = registration.enrolled(cohort, institution, "Badr Al-Hinai", "بدر الهنائي");
        registration.withdraw(withdrawn);
        registration.complete(zainab);
        // enrolled, but registration's ParticipantRegistered has not arrived
        var unnamed = new Member(UUID.randomUUID(), UUID.randomUUID(), institution, cohort);
        Registration.sender().send(Registration.ENROLMENTS, institution, Registration.participantEnrolled(unnamed));
        registration.awaitStatus(unnamed, "ENROLLED");

        get("/api/cohorts/" + cohort + "/roster")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(3)
                .jsonPath("$.items[0].participantId")
                .isEqualTo(ahmed.participantId().toString())
                .jsonPath("$.items[0].enrolmentId")
                .isEqualTo(ahmed.enrolmentId().toString())
                .jsonPath("$.items[0].institutionCode")
                .isEqualTo(institution)
                .jsonPath("$.items[0].level")
                .isEqualTo("SENIOR_MANAGEMENT")
                .jsonPath("$.items[0].status")
                .isEqualTo("ENROLLED")
                .jsonPath("$.items[0].displayNameAr")
                .isEqualTo("أحمد السعيد")
                .jsonPath("$.items[1].displayNameEn")
                .isEqualTo("Zainab Al-Lawati")
                .jsonPath("$.items[1].status")
                .isEqualTo("COMPLETED")
                .jsonPath("$.items[2].participantId")
                .isEqualTo(unnamed.participantId().toString())
                .jsonPath("$.items[2].displayNameEn")
                .doesNotExist();

        Registration.sender()
                .send(
                        Registration.PARTICIPANTS,
                        institution,
                        Registration.participantRegistered(unnamed, "Mona Al-Kindi", "منى الكندية"));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .untilAsserted(() -> get("/api/cohorts/" + cohort + "/roster")
                        .expectBody()
                        .jsonPath("$.items[1].displayNameEn")
                        .isEqualTo("Mona Al-Kindi"));
    }

    @Test
    void answersNotFoundForACohortRegistrationHasNotAnnounced() {
        get("/api/cohorts/NO-SUCH-COHORT/roster")
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType("application/problem+json");
        http().get()
                .uri(java.net.URI.create("http://127.0.0.1:" + port + "/api/cohorts/A%00B/roster"))
                .exchange()
                .expectStatus()
                .is4xxClientError();
    }
}
