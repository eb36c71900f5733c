package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irtiqa.scheduling.SessionCompletionTest.attendees;

import java.nio.charset.StandardCharsets;
import org.irtiqa.events.scheduling.AttendanceRecorded;
import org.irtiqa.events.scheduling.SessionCompleted;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * {@code Idempotency-Key} (handled by service-support) with scheduling's own writes: the repeat
 * gets the first response and records nothing more; a 422 because the roster had not caught up
 * yet is not kept, so the retry succeeds once it has.
 */
class IdempotencyKeyTest extends SchedulingTest {

    @Test
    void aRepeatedCompletionGetsTheFirstResponseAndPublishesNothingMore() {
        String cohort = registration.cohort();
        var member = registration.enrolled(cohort);
        String session = scheduled(cohort, "2026-11-02T09:00:00+04:00", "2026-11-02T11:00:00+04:00");
        String key = "complete-" + session;

        String first = keyed(key, "/api/sessions/" + session + "/completion", attendees(member.participantId()))
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        String repeat = keyed(key, "/api/sessions/" + session + "/completion", attendees(member.participantId()))
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        keyed(key, "/api/sessions/" + session + "/completion", attendees())
                .expectStatus()
                .isEqualTo(409);

        assertThat(repeat).isEqualTo(first);
        TopicReader.await(
                "scheduling.attendance.v1", e -> member.institutionCode().equals(e.key()));
        assertThat(TopicReader.all("scheduling.sessions.v1", true))
                .filteredOn(e -> e.value() instanceof SessionCompleted c
                        && c.getSessionId().toString().equals(session))
                .hasSize(1);
        assertThat(TopicReader.all("scheduling.attendance.v1", true))
                .filteredOn(e -> e.value() instanceof AttendanceRecorded a
                        && a.getSessionId().toString().equals(session))
                .hasSize(1);
    }

    @Test
    void aRetryAfterTheRosterCaughtUpIsTriedAfresh() {
        String cohort = code("C");
        String body = session(cohort, "2026-12-02T09:00:00+04:00", "2026-12-02T11:00:00+04:00");
        String key = "schedule-" + cohort;
        keyed(key, "/api/sessions", body).expectStatus().isEqualTo(422);

        Registration.sender().send(Registration.COHORTS, cohort, Registration.cohortCreated(cohort));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> get("/api/cohorts/" + cohort + "/sessions")
                                .returnResult()
                                .getStatus()
                                .value()
                        == 200);

        byte[] created = keyed(key, "/api/sessions", body)
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBodyContent();
        byte[] replayed = keyed(key, "/api/sessions", body)
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("Idempotent-Replayed", "true")
                .expectBody()
                .returnResult()
                .getResponseBodyContent();
        assertThat(new String(replayed, StandardCharsets.UTF_8)).isEqualTo(new String(created, StandardCharsets.UTF_8));
        get("/api/cohorts/" + cohort + "/sessions")
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1);
    }

    private RestTestClient.ResponseSpec keyed(String key, String path, String json) {
        return http().post()
                .uri(path)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .exchange();
    }
}
