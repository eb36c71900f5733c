package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import org.irtiqa.events.scheduling.SessionCancelled;
import org.irtiqa.events.scheduling.SessionRescheduled;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

/** {@code PUT /api/sessions/{id}}: a SCHEDULED session moved or retitled, checked as a new one would be. */
class SessionRescheduleTest extends SchedulingTest {

    @Test
    void reschedulesAScheduledSessionAndPublishesItsCurrentValuesWithTheNextRevision() {
        String cohort = registration.cohort();
        String session = scheduled(cohort, "2026-12-09T09:00:00+04:00", "2026-12-09T11:00:00+04:00");

        put(
                        "/api/sessions/" + session,
                        changes("Risk in practice", "2026-12-10T13:00:00+04:00", "2026-12-10T15:00:00+04:00"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.titleEn")
                .isEqualTo("Risk in practice")
                .jsonPath("$.startsAt")
                .isEqualTo("2026-12-10T09:00:00.000Z")
                .jsonPath("$.venue")
                .isEqualTo("Salalah")
                .jsonPath("$.speakers.length()")
                .isEqualTo(1)
                // format and theme never change
                .jsonPath("$.format")
                .isEqualTo("STRATEGIC_PANEL")
                .jsonPath("$.theme")
                .isEqualTo("DIGITAL_TRANSFORMATION")
                .jsonPath("$.status")
                .isEqualTo("SCHEDULED");
        put(
                        "/api/sessions/" + session,
                        changes("Risk in practice", "2026-12-11T13:00:00+04:00", "2026-12-11T15:00:00+04:00"))
                .expectStatus()
                .isOk();

        get("/api/sessions/" + session).expectBody().jsonPath("$.endsAt").isEqualTo("2026-12-11T11:00:00.000Z");
        var events = TopicReader.await(
                        "scheduling.sessions.v1",
                        e -> e.value() instanceof SessionRescheduled r
                                && r.getSessionId().toString().equals(session)
                                && r.getRevision() == 2)
                .getFirst();
        assertThat(events.key()).isEqualTo(cohort);
        var second = (SessionRescheduled) events.value();
        assertThat(second.getTitleAr()).isEqualTo("المخاطر في الممارسة");
        assertThat(second.getStartsAt()).hasToString("2026-12-11T09:00:00Z");
        assertThat(second.getVenue()).isEqualTo("Salalah");
        assertThat(second.getSpeakers()).containsExactly("Dr. Huda Al-Rawahi");
        assertThat(rescheduledEvents(session))
                .extracting(SessionRescheduled::getRevision)
                .containsExactly(1L, 2L);
    }

    @Test
    void aRescheduleThatChangesNothingWritesNoEvent() {
        String cohort = registration.cohort();
        String session = scheduled(cohort, "2026-12-12T09:00:00+04:00", "2026-12-12T11:00:00+04:00");
        String same = """
                {"titleEn": "Digital government strategy", "titleAr": "استراتيجية الحكومة الرقمية",
                 "startsAt": "2026-12-12T05:00:00Z", "endsAt": "2026-12-12T11:00:00.000+04:00",
                 "venue": "Muscat", "speakers": ["Dr. Salim Al-Ruqaishi", "Eng. Maryam Al-Zadjali"]}""";

        put("/api/sessions/" + session, same)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.titleEn")
                .isEqualTo("Digital government strategy");

        // a later event on the same key (so the same partition) marks how far the topic is read
        post("/api/sessions/" + session + "/cancellation", "{}").expectStatus().isOk();
        TopicReader.await(
                "scheduling.sessions.v1",
                e -> e.value() instanceof SessionCancelled c
                        && c.getSessionId().toString().equals(session));
        assertThat(rescheduledEvents(session)).isEmpty();
        assertThat(revision(session)).isZero();
    }

    @Test
    void refusesWhatSchedulingWouldRefuseAndChangesNothing() {
        String cohort = registration.cohort();
        String session = scheduled(cohort, "2026-12-14T09:00:00+04:00", "2026-12-14T11:00:00+04:00");
        scheduled(cohort, "2026-12-15T09:00:00+04:00", "2026-12-15T11:00:00+04:00");

        // every invalid field at once, the cross-field rule in the same pass
        put("/api/sessions/" + session, """
                        {"titleEn": "", "titleAr": "عنوان", "startsAt": "2026-12-14T11:00:00+04:00",
                         "endsAt": "2026-12-14T10:00:00+04:00", "venue": "%s"}""".formatted("v".repeat(201)))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat(fields.toString()).contains("titleEn", "endsAt", "venue"))
                .jsonPath("$.errors.length()")
                .isEqualTo(3);
        put(
                        "/api/sessions/0190a4c2-0000-7000-8000-000000000000",
                        changes("T", "2026-12-14T09:00:00+04:00", "2026-12-14T10:00:00+04:00"))
                .expectStatus()
                .isNotFound();
        put("/api/sessions/42", changes("T", "2026-12-14T09:00:00+04:00", "2026-12-14T10:00:00+04:00"))
                .expectStatus()
                .isNotFound();
        // outside the cohort's days (Asia/Muscat), as for scheduling
        put("/api/sessions/" + session, changes("T", "2027-03-31T23:00:00+04:00", "2027-04-01T00:30:00+04:00"))
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("endsAt");
        put("/api/sessions/" + session, changes("T", "2026-12-15T10:59:00+04:00", "2026-12-15T12:00:00+04:00"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://irtiqa.org/problems/session-overlap");

        get("/api/sessions/" + session)
                .expectBody()
                .jsonPath("$.titleEn")
                .isEqualTo("Digital government strategy")
                .jsonPath("$.startsAt")
                .isEqualTo("2026-12-14T05:00:00.000Z");
        assertThat(revision(session)).isZero();
        post("/api/sessions/" + session + "/cancellation", "{}").expectStatus().isOk();
        TopicReader.await(
                "scheduling.sessions.v1",
                e -> e.value() instanceof SessionCancelled c
                        && c.getSessionId().toString().equals(session));
        assertThat(rescheduledEvents(session)).isEmpty();
    }

    @Test
    void reschedulesOnlyAScheduledSessionButReportsDaysOutsideTheCohortFirst() {
        String cohort = registration.cohort();
        String cancelled = scheduled(cohort, "2026-12-16T09:00:00+04:00", "2026-12-16T11:00:00+04:00");
        post("/api/sessions/" + cancelled + "/cancellation", "{}")
                .expectStatus()
                .isOk();
        String completed = scheduled(cohort, "2026-11-16T09:00:00+04:00", "2026-11-16T11:00:00+04:00");
        post("/api/sessions/" + completed + "/completion", "{\"attendees\": []}")
                .expectStatus()
                .isOk();

        for (String session : java.util.List.of(cancelled, completed)) {
            put("/api/sessions/" + session, changes("T", "2026-12-17T09:00:00+04:00", "2026-12-17T10:00:00+04:00"))
                    .expectStatus()
                    .isEqualTo(409)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://irtiqa.org/problems/session-not-scheduled");
            put("/api/sessions/" + session, changes("T", "2027-04-02T09:00:00+04:00", "2027-04-02T10:00:00+04:00"))
                    .expectStatus()
                    .isEqualTo(422);
        }
        assertThat(rescheduledEvents(cancelled)).isEmpty();
        assertThat(rescheduledEvents(completed)).isEmpty();
    }

    @Test
    void onlyTheProgrammeOfficeReschedules() {
        String cohort = registration.cohort();
        String session = scheduled(cohort, "2026-12-18T09:00:00+04:00", "2026-12-18T11:00:00+04:00");
        for (String account :
                java.util.List.of(org.irtiqa.testkit.Tokens.VIEWER, org.irtiqa.testkit.Tokens.coordinator("MTCIT"))) {
            as(account)
                    .put()
                    .uri("/api/sessions/" + session)
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .body(changes("T", "2026-12-18T13:00:00+04:00", "2026-12-18T14:00:00+04:00"))
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
        anonymous()
                .put()
                .uri("/api/sessions/" + session)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body("{}")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        assertThat(revision(session)).isZero();
    }

    private long revision(String session) {
        return jdbc.sql("select revision from session where id = ?::uuid")
                .param(session)
                .query(Long.class)
                .single();
    }

    private static java.util.List<SessionRescheduled> rescheduledEvents(String session) {
        return TopicReader.all("scheduling.sessions.v1", true).stream()
                .filter(e -> e.value() instanceof SessionRescheduled r
                        && r.getSessionId().toString().equals(session))
                .map(e -> (SessionRescheduled) e.value())
                .toList();
    }

    static String changes(String titleEn, String startsAt, String endsAt) {
        return """
                {"titleEn": "%s", "titleAr": "المخاطر في الممارسة", "startsAt": "%s", "endsAt": "%s",
                 "venue": "Salalah", "speakers": ["Dr. Huda Al-Rawahi"]}""".formatted(titleEn, startsAt, endsAt);
    }
}
