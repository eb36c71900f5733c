package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irtiqa.scheduling.SessionCompletionTest.attendees;

import java.util.UUID;
import org.irtiqa.events.scheduling.AttendanceRecorded;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

class LateAttendanceTest extends SchedulingTest {

    @Test
    void recordsALateAttendeeOnceAndAnswersOkWithoutANewEventWhenRepeated() {
        String cohort = registration.cohort();
        String institution = code("INST");
        var onTime = registration.enrolled(cohort, institution, "Aisha Al-Balushi", "عائشة البلوشية");
        var late = registration.enrolled(cohort, institution, "Salim Al-Harthy", "سالم الحارثي");
        var later = registration.enrolled(cohort, institution, "Huda Al-Rawahi", "هدى الرواحية");
        String session = scheduled(cohort, "2026-11-02T09:00:00+04:00", "2026-11-02T11:00:00+04:00");
        post("/api/sessions/" + session + "/completion", attendees(onTime.participantId()))
                .expectStatus()
                .isOk();

        var first = post("/api/sessions/" + session + "/attendance", attendee(late.participantId()))
                .expectStatus()
                .isCreated()
                .expectHeader()
                .location("/api/sessions/" + session + "/attendance")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        var second = post("/api/sessions/" + session + "/attendance", attendee(late.participantId()))
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(second).isEqualTo(first);
        post("/api/sessions/" + session + "/attendance", attendee(onTime.participantId()))
                .expectStatus()
                .isOk();

        get("/api/sessions/" + session).expectBody().jsonPath("$.attendeeCount").isEqualTo(2);
        get("/api/sessions/" + session + "/attendance")
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(2)
                .jsonPath("$.items[?(@.participantId == '%s')].enrolmentId".formatted(late.participantId()))
                .isEqualTo(late.enrolmentId().toString());
        // one more late attendee on the same key marks how far the topic has been read
        post("/api/sessions/" + session + "/attendance", attendee(later.participantId()))
                .expectStatus()
                .isCreated();
        TopicReader.await("scheduling.attendance.v1", e -> ofPair(e.value(), session, later.participantId()));
        assertThat(TopicReader.all("scheduling.attendance.v1", true))
                .filteredOn(e -> ofPair(e.value(), session, late.participantId()))
                .hasSize(1)
                .allMatch(e -> institution.equals(e.key()));
        assertThat(TopicReader.all("scheduling.attendance.v1", true))
                .filteredOn(e -> ofPair(e.value(), session, onTime.participantId()))
                .hasSize(1);
    }

    @Test
    void refusesAttendanceBeforeCompletionOrOfAParticipantNotActivelyEnrolled() {
        String cohort = registration.cohort();
        var member = registration.enrolled(cohort);
        var withdrawn = registration.enrolled(cohort);
        registration.withdraw(withdrawn);
        var finished = registration.enrolled(cohort);
        registration.complete(finished);
        var elsewhere = registration.enrolled(registration.cohort());
        String scheduled = scheduled(cohort, "2026-11-03T09:00:00+04:00", "2026-11-03T10:00:00+04:00");
        String cancelled = scheduled(cohort, "2026-11-03T10:00:00+04:00", "2026-11-03T11:00:00+04:00");
        post("/api/sessions/" + cancelled + "/cancellation", "{}")
                .expectStatus()
                .isOk();

        post("/api/sessions/" + scheduled + "/attendance", attendee(member.participantId()))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://irtiqa.org/problems/session-not-completed");
        post("/api/sessions/" + cancelled + "/attendance", attendee(member.participantId()))
                .expectStatus()
                .isEqualTo(409);
        // not enrolled is reported before the state conflict
        post("/api/sessions/" + scheduled + "/attendance", attendee(elsewhere.participantId()))
                .expectStatus()
                .isEqualTo(422);

        post("/api/sessions/" + scheduled + "/completion", attendees())
                .expectStatus()
                .isOk();
        post("/api/sessions/" + scheduled + "/attendance", attendee(withdrawn.participantId()))
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("participantId");
        post("/api/sessions/" + scheduled + "/attendance", attendee(elsewhere.participantId()))
                .expectStatus()
                .isEqualTo(422);
        post("/api/sessions/" + scheduled + "/attendance", attendee(UUID.randomUUID()))
                .expectStatus()
                .isEqualTo(422);
        post("/api/sessions/" + scheduled + "/attendance", attendee(finished.participantId()))
                .expectStatus()
                .isCreated();
        post("/api/sessions/" + scheduled + "/attendance", "{}").expectStatus().isBadRequest();
        post("/api/sessions/" + UUID.randomUUID() + "/attendance", attendee(member.participantId()))
                .expectStatus()
                .isNotFound();
        get("/api/sessions/" + UUID.randomUUID() + "/attendance").expectStatus().isNotFound();
    }

    private static boolean ofPair(Object event, String session, UUID participant) {
        return event instanceof AttendanceRecorded a
                && a.getSessionId().toString().equals(session)
                && a.getParticipantId().equals(participant);
    }

    private static String attendee(UUID participant) {
        return "{\"participantId\": \"" + participant + "\"}";
    }
}
