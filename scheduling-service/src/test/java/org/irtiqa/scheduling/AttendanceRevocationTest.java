package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irtiqa.scheduling.SessionCompletionTest.attendees;

import java.util.List;
import java.util.UUID;
import org.irtiqa.events.scheduling.AttendanceRecorded;
import org.irtiqa.events.scheduling.AttendanceRevoked;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

/** {@code POST /api/sessions/{id}/attendance/{participantId}/revocation}: an attendance recorded by mistake. */
class AttendanceRevocationTest extends SchedulingTest {

    @Test
    void revokesAnAttendanceWhichLeavesTheListAndTheCountUntilItIsRecordedAgain() {
        String cohort = registration.cohort();
        String institution = code("INST");
        var aisha = registration.enrolled(cohort, institution, "Aisha Al-Balushi", "عائشة البلوشية");
        var salim = registration.enrolled(cohort, institution, "Salim Al-Harthy", "سالم الحارثي");
        String session = scheduled(cohort, "2026-11-10T09:00:00+04:00", "2026-11-10T11:00:00+04:00");
        post("/api/sessions/" + session + "/completion", attendees(aisha.participantId(), salim.participantId()))
                .expectStatus()
                .isOk();

        post(revocation(session, salim.participantId()), "{\"reason\": \"Marked by mistake\"}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.participantId")
                .isEqualTo(salim.participantId().toString())
                .jsonPath("$.enrolmentId")
                .isEqualTo(salim.enrolmentId().toString())
                .jsonPath("$.revoked")
                .isEqualTo(true);
        get("/api/sessions/" + session).expectBody().jsonPath("$.attendeeCount").isEqualTo(1);
        get("/api/sessions/" + session + "/attendance")
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.items[0].participantId")
                .isEqualTo(aisha.participantId().toString());
        post(revocation(session, salim.participantId()), "")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://irtiqa.org/problems/attendance-revoked");

        // recorded again: a new AttendanceRecorded, the pair's next revision
        post("/api/sessions/" + session + "/attendance", "{\"participantId\": \"" + salim.participantId() + "\"}")
                .expectStatus()
                .isCreated();
        get("/api/sessions/" + session).expectBody().jsonPath("$.attendeeCount").isEqualTo(2);
        get("/api/sessions/" + session + "/attendance")
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(2);
        post(revocation(session, salim.participantId()), "{}").expectStatus().isOk();

        var events = TopicReader.await(
                "scheduling.attendance.v1",
                false,
                e -> institution.equals(e.key()),
                // two at completion, the revocation, the new record, the second revocation
                5);
        assertThat(events).hasSize(5);
        List<org.apache.avro.specific.SpecificRecord> ofSalim =
                TopicReader.all("scheduling.attendance.v1", true).stream()
                        .filter(e -> institution.equals(e.key()))
                        .map(TopicReader.Event::value)
                        .filter(v -> v instanceof AttendanceRecorded r
                                        && r.getParticipantId().equals(salim.participantId())
                                || v instanceof AttendanceRevoked k
                                        && k.getParticipantId().equals(salim.participantId()))
                        .toList();
        assertThat(ofSalim).hasSize(4);
        assertThat(ofSalim.get(0)).isInstanceOfSatisfying(AttendanceRecorded.class, r -> assertThat(r.getRevision())
                .isZero());
        assertThat(ofSalim.get(1)).isInstanceOfSatisfying(AttendanceRevoked.class, r -> {
            assertThat(r.getRevision()).isEqualTo(1);
            assertThat(r.getReason()).isEqualTo("Marked by mistake");
            assertThat(r.getEnrolmentId()).isEqualTo(salim.enrolmentId());
            assertThat(r.getSessionId().toString()).isEqualTo(session);
            assertThat(r.getCohortCode()).isEqualTo(cohort);
            assertThat(r.getInstitutionCode()).isEqualTo(institution);
        });
        assertThat(ofSalim.get(2)).isInstanceOfSatisfying(AttendanceRecorded.class, r -> assertThat(r.getRevision())
                .isEqualTo(2));
        assertThat(ofSalim.get(3)).isInstanceOfSatisfying(AttendanceRevoked.class, r -> {
            assertThat(r.getRevision()).isEqualTo(3);
            assertThat(r.getReason()).isNull();
        });
    }

    @Test
    void answersNotFoundForAnAttendanceNeverRecordedAndRefusesALongReason() {
        String cohort = registration.cohort();
        var present = registration.enrolled(cohort);
        var absent = registration.enrolled(cohort);
        String session = scheduled(cohort, "2026-11-11T09:00:00+04:00", "2026-11-11T11:00:00+04:00");
        post("/api/sessions/" + session + "/completion", attendees(present.participantId()))
                .expectStatus()
                .isOk();

        post(revocation(session, absent.participantId()), "{}").expectStatus().isNotFound();
        post(revocation(UUID.randomUUID().toString(), present.participantId()), "{}")
                .expectStatus()
                .isNotFound();
        post("/api/sessions/" + session + "/attendance/not-a-uuid/revocation", "{}")
                .expectStatus()
                .isNotFound();
        post(revocation(session, present.participantId()), "{\"reason\": \"" + "r".repeat(501) + "\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("reason");

        get("/api/sessions/" + session).expectBody().jsonPath("$.attendeeCount").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from attendance where session_id = ?::uuid and revoked_at is not null")
                        .param(session)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static String revocation(String session, UUID participant) {
        return "/api/sessions/" + session + "/attendance/" + participant + "/revocation";
    }
}
