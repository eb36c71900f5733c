package org.irtiqa.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.testkit.Tokens;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

class EnrolmentTest extends RegistrationTest {

    @Test
    void enrolsAParticipantAndPublishesTheEventsKeyedByInstitution() {
        String institution = code("INST");
        String cohort = code("C");
        post("/api/institutions", institution(institution)).expectStatus().isCreated();
        post("/api/cohorts", cohort(cohort, 10)).expectStatus().isCreated();
        String participantId = participantId(institution, "TOP_LEADERSHIP");

        String enrolmentId = enrol(participantId, cohort);

        var registered = TopicReader.await(Topics.PARTICIPANTS, e -> institution.equals(e.key()));
        var participant = (ParticipantRegistered) registered.getFirst().value();
        assertThat(participant.getParticipantId().toString()).isEqualTo(participantId);
        assertThat(participant.getSchema().getField("email"))
                .as("no contact data leaves the service")
                .isNull();
        var enrolled = (ParticipantEnrolled) TopicReader.await(Topics.ENROLMENTS, e -> institution.equals(e.key()))
                .getFirst()
                .value();
        assertThat(enrolled.getEnrolmentId().toString()).isEqualTo(enrolmentId);
        assertThat(enrolled.getLevel()).isEqualTo(LeadershipLevel.TOP_LEADERSHIP);
        assertThat(enrolled.getCohortCode()).isEqualTo(cohort);
        get("/api/cohorts/" + cohort)
                .expectBody()
                .jsonPath("$.activeEnrolments")
                .isEqualTo(1);
    }

    @Test
    void refusesASecondActiveEnrolmentAndAFullCohort() {
        String institution = code("INST");
        String cohort = code("C");
        post("/api/institutions", institution(institution)).expectStatus().isCreated();
        post("/api/cohorts", cohort(cohort, 1)).expectStatus().isCreated();
        String first = participantId(institution, "EXECUTIVE_TEAM");
        String second = participantId(institution, "EXECUTIVE_TEAM");
        enrol(first, cohort);

        post("/api/enrolments", enrolment(first, cohort))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .value(t -> assertThat((String) t).endsWith("/already-enrolled"));
        post("/api/enrolments", enrolment(second, cohort))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .value(t -> assertThat((String) t).endsWith("/cohort-full"));
    }

    @Test
    void withdrawalFreesTheSeatAndIsAllowedOnlyOnce() {
        String institution = code("INST");
        String cohort = code("C");
        post("/api/institutions", institution(institution)).expectStatus().isCreated();
        post("/api/cohorts", cohort(cohort, 1)).expectStatus().isCreated();
        String enrolmentId = enrol(participantId(institution, "SENIOR_MANAGEMENT"), cohort);

        post("/api/enrolments/" + enrolmentId + "/withdrawal", "{\"reason\": \"Reassigned\"}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("WITHDRAWN")
                .jsonPath("$.withdrawnAt")
                .exists();
        post("/api/enrolments/" + enrolmentId + "/withdrawal", "{}")
                .expectStatus()
                .isEqualTo(409);
        post("/api/enrolments/" + enrolmentId + "/completion", "")
                .expectStatus()
                .isEqualTo(409);

        get("/api/cohorts/" + cohort)
                .expectBody()
                .jsonPath("$.activeEnrolments")
                .isEqualTo(0);
        enrol(participantId(institution, "SENIOR_MANAGEMENT"), cohort);
        var withdrawn = TopicReader.await(
                Topics.ENROLMENTS,
                e -> e.value() instanceof EnrolmentWithdrawn w
                        && w.getEnrolmentId().toString().equals(enrolmentId));
        assertThat(((EnrolmentWithdrawn) withdrawn.getFirst().value()).getReason())
                .isEqualTo("Reassigned");
    }

    @Test
    void listsEnrolmentsFilteredByCohortInstitutionAndStatus() {
        String institution = code("INST");
        String cohort = code("C");
        post("/api/institutions", institution(institution)).expectStatus().isCreated();
        post("/api/cohorts", cohort(cohort, 10)).expectStatus().isCreated();
        String first = enrol(participantId(institution, "TOP_LEADERSHIP"), cohort);
        String second = enrol(participantId(institution, "EXECUTIVE_TEAM"), cohort);
        post("/api/enrolments/" + second + "/completion", "")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("COMPLETED")
                .jsonPath("$.completedAt")
                .exists();

        get("/api/enrolments?cohortCode=" + cohort)
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(2)
                .jsonPath("$.items[0].id")
                .isEqualTo(first)
                .jsonPath("$.items[1].id")
                .isEqualTo(second);
        get("/api/enrolments?institutionCode=" + institution + "&status=COMPLETED")
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[0].id")
                .isEqualTo(second);
        get("/api/enrolments?status=LOST").expectStatus().isBadRequest();
        get("/api/enrolments/" + first)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("ENROLLED");
    }

    @Test
    void filtersByParticipantWithinTheCallersInstitution() {
        String institution = registeredInstitution();
        String other = registeredInstitution();
        String cohort = createdCohort(10);
        String mine = registeredParticipant(institution, "TOP_LEADERSHIP");
        String theirs = registeredParticipant(other, "TOP_LEADERSHIP");
        String withdrawn = enrolled(mine, cohort);
        post("/api/enrolments/" + withdrawn + "/withdrawal", "{}")
                .expectStatus()
                .isOk();
        String active = enrolled(mine, cohort);
        enrolled(theirs, cohort);

        get("/api/enrolments?participantId=" + mine)
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(2)
                .jsonPath("$.items[0].id")
                .isEqualTo(withdrawn)
                .jsonPath("$.items[1].id")
                .isEqualTo(active);
        as(Tokens.coordinator(institution))
                .get()
                .uri("/api/enrolments?participantId=" + mine)
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(2);
        as(Tokens.coordinator(institution))
                .get()
                .uri("/api/enrolments?participantId=" + theirs)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
        get("/api/enrolments?participantId=not-a-uuid")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("participantId");
    }

    @Test
    void answersUnprocessableForUnknownParticipantOrCohort() {
        String institution = code("INST");
        post("/api/institutions", institution(institution)).expectStatus().isCreated();
        String participant = participantId(institution, "MIDDLE_MANAGEMENT");

        post("/api/enrolments", enrolment(participant, "NO-SUCH-COHORT"))
                .expectStatus()
                .isEqualTo(422);
        post("/api/enrolments", enrolment("0190a4c2-0000-7000-8000-000000000000", "ANY"))
                .expectStatus()
                .isEqualTo(422);
        get("/api/enrolments/not-a-uuid").expectStatus().isNotFound();
        get("/api/enrolments/0190a4c2-0000-7000-8000-000000000000")
                .expectStatus()
                .isNotFound();
    }

    @Test
    void participantEmailIsUniqueIgnoringCase() {
        String institution = code("INST");
        post("/api/institutions", institution(institution)).expectStatus().isCreated();
        String email = "leader." + System.nanoTime() + "@gov.om";
        post("/api/participants", participant(institution, email, "TOP_LEADERSHIP"))
                .expectStatus()
                .isCreated();

        post("/api/participants", participant(institution, email.toUpperCase(), "TOP_LEADERSHIP"))
                .expectStatus()
                .isEqualTo(409);
        post("/api/participants", participant("NO-SUCH-INST", "x" + email, "TOP_LEADERSHIP"))
                .expectStatus()
                .isEqualTo(422);
    }

    private String participantId(String institution, String level) {
        String email = "p" + System.nanoTime() + "@gov.om";
        return post("/api/participants", participant(institution, email, level))
                .expectStatus()
                .isCreated()
                .returnResult(ParticipantJson.class)
                .getResponseBody()
                .id();
    }

    private String enrol(String participantId, String cohort) {
        return post("/api/enrolments", enrolment(participantId, cohort))
                .expectStatus()
                .isCreated()
                .returnResult(ParticipantJson.class)
                .getResponseBody()
                .id();
    }

    record ParticipantJson(String id) {}
}
