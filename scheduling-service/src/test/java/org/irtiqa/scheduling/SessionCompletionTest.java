package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import org.irtiqa.events.scheduling.AttendanceRecorded;
import org.irtiqa.events.scheduling.SessionCancelled;
import org.irtiqa.events.scheduling.SessionCompleted;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

class SessionCompletionTest extends SchedulingTest {

    @Test
    void completesASessionWithItsDistinctAttendeesAndPublishesEachAttendance() {
        String cohort = registration.cohort();
        var aisha = registration.enrolled(cohort);
        var salim = registration.enrolled(cohort);
        registration.enrolled(cohort); // enrolled, but absent
        String session = scheduled(cohort, "2026-11-02T09:00:00+04:00", "2026-11-02T11:00:00+04:00");

        post(
                        "/api/sessions/" + session + "/completion",
                        attendees(aisha.participantId(), salim.participantId(), aisha.participantId()))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("COMPLETED")
                .jsonPath("$.attendeeCount")
                .isEqualTo(2);

        get("/api/sessions/" + session + "/attendance")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(2)
                .jsonPath("$.items[?(@.participantId == '%s')].enrolmentId".formatted(aisha.participantId()))
                .isEqualTo(aisha.enrolmentId().toString());
        var completed = (SessionCompleted) TopicReader.await(
                        "scheduling.sessions.v1", e -> cohort.equals(e.key()) && e.value() instanceof SessionCompleted)
                .getFirst()
                .value();
        assertThat(completed.getSessionId().toString()).isEqualTo(session);
        assertThat(completed.getAttendeeCount()).isEqualTo(2);
        var attended = (AttendanceRecorded) TopicReader.await(
                        "scheduling.attendance.v1", e -> salim.institutionCode().equals(e.key()))
                .getFirst()
                .value();
        assertThat(attended.getSessionId().toString()).isEqualTo(session);
        assertThat(attended.getEnrolmentId()).isEqualTo(salim.enrolmentId());
        assertThat(attended.getCohortCode()).isEqualTo(cohort);
        assertThat(attended.getRecordedAt()).isEqualTo(completed.getHeldAt());
    }

    @Test
    void recordsNothingWhenOneAttendeeIsNotActivelyEnrolledInTheCohort() {
        String cohort = registration.cohort();
        var present = registration.enrolled(cohort);
        var withdrawn = registration.enrolled(cohort);
        registration.withdraw(withdrawn);
        var elsewhere = registration.enrolled(registration.cohort(), present.institutionCode(), "Huda", "هدى");
        String session = scheduled(cohort, "2026-11-03T09:00:00+04:00", "2026-11-03T11:00:00+04:00");

        for (var stranger : java.util.List.of(withdrawn, elsewhere)) {
            post(
                            "/api/sessions/" + session + "/completion",
                            attendees(present.participantId(), stranger.participantId()))
                    .expectStatus()
                    .isEqualTo(422)
                    .expectBody()
                    .jsonPath("$.errors[0].field")
                    .isEqualTo("attendees");
        }
        post("/api/sessions/" + session + "/completion", attendees(java.util.UUID.randomUUID()))
                .expectStatus()
                .isEqualTo(422);

        get("/api/sessions/" + session).expectBody().jsonPath("$.status").isEqualTo("SCHEDULED");
        get("/api/sessions/" + session + "/attendance")
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(0);
        // later events on the same keys (so the same partitions) mark how far the topics are read
        post("/api/sessions/" + session + "/cancellation", "{}").expectStatus().isOk();
        String next = scheduled(cohort, "2026-11-04T09:00:00+04:00", "2026-11-04T11:00:00+04:00");
        post("/api/sessions/" + next + "/completion", attendees(present.participantId()))
                .expectStatus()
                .isOk();
        TopicReader.await(
                "scheduling.sessions.v1",
                e -> e.value() instanceof SessionCancelled c
                        && c.getSessionId().toString().equals(session));
        TopicReader.await(
                "scheduling.attendance.v1",
                e -> e.value() instanceof AttendanceRecorded a
                        && a.getSessionId().toString().equals(next));
        assertThat(TopicReader.all("scheduling.sessions.v1", true))
                .noneMatch(e -> e.value() instanceof SessionCompleted c
                        && c.getSessionId().toString().equals(session));
        assertThat(TopicReader.all("scheduling.attendance.v1", true))
                .noneMatch(e -> e.value() instanceof AttendanceRecorded a
                        && a.getSessionId().toString().equals(session));
    }

    @Test
    void completesWithNobodyButNotWithoutTheAttendeesField() {
        String cohort = registration.cohort();
        String session = scheduled(cohort, "2026-11-05T09:00:00+04:00", "2026-11-05T11:00:00+04:00");

        post("/api/sessions/" + session + "/completion", "{}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("attendees");
        post("/api/sessions/" + session + "/completion", "{\"attendees\": [\"not-a-uuid\"]}")
                .expectStatus()
                .isBadRequest();
        post("/api/sessions/" + session + "/completion", attendees())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.attendeeCount")
                .isEqualTo(0);
    }

    @Test
    void cancelsOrCompletesOnlyAScheduledSession() {
        String cohort = registration.cohort();
        var member = registration.enrolled(cohort);
        String completed = scheduled(cohort, "2026-11-06T09:00:00+04:00", "2026-11-06T10:00:00+04:00");
        String cancelled = scheduled(cohort, "2026-11-06T10:00:00+04:00", "2026-11-06T11:00:00+04:00");

        post("/api/sessions/" + completed + "/completion", attendees(member.participantId()))
                .expectStatus()
                .isOk();
        post("/api/sessions/" + completed + "/completion", attendees())
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://irtiqa.org/problems/session-not-scheduled");
        post("/api/sessions/" + completed + "/cancellation", "{}")
                .expectStatus()
                .isEqualTo(409);

        post("/api/sessions/" + cancelled + "/cancellation", "{\"reason\": \"Venue closed\"}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CANCELLED");
        post("/api/sessions/" + cancelled + "/cancellation", "").expectStatus().isEqualTo(409);
        post("/api/sessions/" + cancelled + "/completion", attendees())
                .expectStatus()
                .isEqualTo(409);
        // a stranger among the attendees is reported before the state conflict
        post("/api/sessions/" + cancelled + "/completion", attendees(java.util.UUID.randomUUID()))
                .expectStatus()
                .isEqualTo(422);
        post("/api/sessions/" + cancelled + "/cancellation", "{\"reason\": \"" + "r".repeat(501) + "\"}")
                .expectStatus()
                .isBadRequest();
        post("/api/sessions/" + cancelled + "/cancellation", "{\"reason\": \"a\\u0000b\"}")
                .expectStatus()
                .isBadRequest();
        post("/api/sessions/0190a4c2-0000-7000-8000-000000000000/completion", attendees())
                .expectStatus()
                .isNotFound();

        var event = (SessionCancelled) TopicReader.await(
                        "scheduling.sessions.v1",
                        e -> e.value() instanceof SessionCancelled c
                                && c.getSessionId().toString().equals(cancelled))
                .getFirst()
                .value();
        assertThat(event.getReason()).isEqualTo("Venue closed");
        assertThat(event.getCohortCode()).isEqualTo(cohort);
    }

    @Test
    void refusesToCompleteASessionThatHasNotStartedAndRecordsNothing() {
        String cohort = registration.cohort();
        var member = registration.enrolled(cohort);
        var startsSoon = java.time.Instant.now().plus(java.time.Duration.ofHours(2));
        String future = scheduled(
                cohort,
                startsSoon.toString(),
                startsSoon.plus(java.time.Duration.ofHours(1)).toString());

        post("/api/sessions/" + future + "/completion", attendees(member.participantId()))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://irtiqa.org/problems/session-not-started");
        // a stranger among the attendees is still reported first (422 before 409)
        post("/api/sessions/" + future + "/completion", attendees(java.util.UUID.randomUUID()))
                .expectStatus()
                .isEqualTo(422);

        get("/api/sessions/" + future)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("SCHEDULED")
                .jsonPath("$.attendeeCount")
                .isEqualTo(0);
        assertThat(jdbc.sql("select count(*) from attendance where session_id = ?::uuid")
                        .param(future)
                        .query(Integer.class)
                        .single())
                .isZero();
        // a later event on the same key marks how far the topic is read: no completion before it
        post("/api/sessions/" + future + "/cancellation", "{}").expectStatus().isOk();
        TopicReader.await(
                "scheduling.sessions.v1",
                e -> e.value() instanceof SessionCancelled c
                        && c.getSessionId().toString().equals(future));
        assertThat(TopicReader.all("scheduling.sessions.v1", true))
                .noneMatch(e -> e.value() instanceof SessionCompleted c
                        && c.getSessionId().toString().equals(future));
        assertThat(TopicReader.all("scheduling.attendance.v1", true))
                .noneMatch(e -> e.value() instanceof AttendanceRecorded a
                        && a.getSessionId().toString().equals(future));
    }

    static String attendees(java.util.UUID... ids) {
        return "{\"attendees\": ["
                + String.join(
                        ", ",
                        java.util.Arrays.stream(ids).map(id -> "\"" + id + "\"").toList()) + "]}";
    }
}
