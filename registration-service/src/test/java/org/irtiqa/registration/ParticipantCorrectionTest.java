package org.irtiqa.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.events.registration.ParticipantUpdated;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

/** `PUT /api/participants/{id}` (api.md, "Corrections and integrity"). */
class ParticipantCorrectionTest extends RegistrationTest {

    @Test
    void aNameOrLevelChangeIsPublishedAnEmailOrJobTitleChangeIsStoredQuietly() {
        String institution = registeredInstitution();
        String id = registeredParticipant(institution, "MIDDLE_MANAGEMENT");
        String email = "quiet." + System.nanoTime() + "@gov.om";

        put("/api/participants/" + id, correction("Aisha Al-Balushi", "MIDDLE_MANAGEMENT", email, "Adviser"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.email")
                .isEqualTo(email)
                .jsonPath("$.jobTitle")
                .isEqualTo("Adviser");
        put("/api/participants/" + id, correction("Aisha Salim Al-Balushi", "SENIOR_MANAGEMENT", email, "Adviser"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.fullNameEn")
                .isEqualTo("Aisha Salim Al-Balushi")
                .jsonPath("$.institutionCode")
                .isEqualTo(institution);

        get("/api/participants/" + id).expectBody().jsonPath("$.level").isEqualTo("SENIOR_MANAGEMENT");
        var events = TopicReader.await(
                Topics.PARTICIPANTS,
                true,
                e -> institution.equals(e.key()) && e.value() instanceof ParticipantUpdated,
                1);
        var all = TopicReader.all(Topics.PARTICIPANTS, true).stream()
                .filter(e -> institution.equals(e.key()))
                .toList();
        assertThat(all)
                .as("registered, then one update: the e-mail change wrote none")
                .hasSize(2);
        assertThat(((ParticipantRegistered) all.get(0).value()).getRevision()).isZero();
        var updated = (ParticipantUpdated) events.getFirst().value();
        assertThat(updated.getRevision()).isEqualTo(1);
        assertThat(updated.getParticipantId().toString()).isEqualTo(id);
        assertThat(updated.getDisplayNameEn()).isEqualTo("Aisha Salim Al-Balushi");
        assertThat(updated.getLevel()).isEqualTo(LeadershipLevel.SENIOR_MANAGEMENT);
        assertThat(updated.getSchema().getField("email")).isNull();
    }

    @Test
    void theirEnrolmentsShowTheCorrectedLevel() {
        String institution = registeredInstitution();
        String cohort = createdCohort(5);
        String id = registeredParticipant(institution, "MIDDLE_MANAGEMENT");
        String enrolment = enrolled(id, cohort);

        put(
                        "/api/participants/" + id,
                        correction("Aisha Al-Balushi", "TOP_LEADERSHIP", "t" + System.nanoTime() + "@gov.om", null))
                .expectStatus()
                .isOk();

        get("/api/enrolments/" + enrolment).expectBody().jsonPath("$.level").isEqualTo("TOP_LEADERSHIP");
        get("/api/enrolments?participantId=" + id)
                .expectBody()
                .jsonPath("$.items[0].level")
                .isEqualTo("TOP_LEADERSHIP");
    }

    @Test
    void aCorrectionThatChangesNothingWritesNoEvent() {
        String institution = registeredInstitution();
        String email = "same." + System.nanoTime() + "@gov.om";
        String id = idOf(post("/api/participants", participant(institution, email, "EXECUTIVE_TEAM")));

        put("/api/participants/" + id, participant(institution, email, "EXECUTIVE_TEAM"))
                .expectStatus()
                .isOk();
        put("/api/participants/" + id, participant(institution, email, "TOP_LEADERSHIP"))
                .expectStatus()
                .isOk();

        var updates = TopicReader.await(
                Topics.PARTICIPANTS,
                true,
                e -> institution.equals(e.key()) && e.value() instanceof ParticipantUpdated,
                1);
        assertThat(TopicReader.all(Topics.PARTICIPANTS, true).stream().filter(e -> institution.equals(e.key())))
                .hasSize(2);
        assertThat(((ParticipantUpdated) updates.getFirst().value()).getRevision())
                .isEqualTo(1);
    }

    @Test
    void refusesAnotherParticipantsEmailIgnoringCaseAndChangesNothing() {
        String institution = registeredInstitution();
        String taken = "taken." + System.nanoTime() + "@gov.om";
        post("/api/participants", participant(institution, taken, "TOP_LEADERSHIP"))
                .expectStatus()
                .isCreated();
        String id = registeredParticipant(institution, "EXECUTIVE_TEAM");

        put("/api/participants/" + id, correction("New Name", "EXECUTIVE_TEAM", taken.toUpperCase(), null))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .value(type -> assertThat((String) type).endsWith("/email-taken"));

        get("/api/participants/" + id).expectBody().jsonPath("$.fullNameEn").isEqualTo("Aisha Al-Balushi");
        put("/api/participants/" + id, correction("Fence", "EXECUTIVE_TEAM", "f" + System.nanoTime() + "@gov.om", null))
                .expectStatus()
                .isOk();
        var updates = TopicReader.await(
                Topics.PARTICIPANTS,
                true,
                e -> institution.equals(e.key()) && e.value() instanceof ParticipantUpdated,
                1);
        assertThat(updates).hasSize(1);
        assertThat(((ParticipantUpdated) updates.getFirst().value()).getDisplayNameEn())
                .isEqualTo("Fence");
        assertThat(((ParticipantUpdated) updates.getFirst().value()).getRevision())
                .isEqualTo(1);
    }

    @Test
    void listsThreeInvalidFieldsAtOnce() {
        String id = registeredParticipant(registeredInstitution(), "EXECUTIVE_TEAM");

        put("/api/participants/" + id, """
                        {"fullNameEn": "", "fullNameAr": "عائشة", "email": "not-an-address", "jobTitle": "Director"}""")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(3)
                .jsonPath("$.errors[*].field")
                .value(fields ->
                        assertThat((List<Object>) fields).containsExactlyInAnyOrder("fullNameEn", "email", "level"));
    }

    @Test
    void answersNotFoundForAnUnknownOrMalformedId() {
        String body = correction("Name", "TOP_LEADERSHIP", "n" + System.nanoTime() + "@gov.om", null);
        put("/api/participants/0190a4c2-0000-7000-8000-000000000000", body)
                .expectStatus()
                .isNotFound();
        put("/api/participants/not-a-uuid", body).expectStatus().isNotFound();
    }

    private static String correction(String fullNameEn, String level, String email, String jobTitle) {
        return """
                {"fullNameEn": "%s", "fullNameAr": "عائشة البلوشية", "email": "%s", "level": "%s", "jobTitle": %s}""".formatted(fullNameEn, email, level, jobTitle == null ? "null" : "\"" + jobTitle + "\"");
    }
}
