package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.irtiqa.events.SessionFormat;
import org.irtiqa.events.scheduling.SessionScheduled;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

class SessionSchedulingTest extends SchedulingTest {

    @Test
    void schedulesASessionAndPublishesItKeyedByCohort() {
        String cohort = registration.cohort();

        var created = post(
                        "/api/sessions",
                        session(cohort, "2026-12-01T09:00:00+04:00", "2026-12-01T12:30:00.123456+04:00"))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("SCHEDULED")
                .jsonPath("$.startsAt")
                .isEqualTo("2026-12-01T05:00:00.000Z")
                .jsonPath("$.endsAt")
                .isEqualTo("2026-12-01T08:30:00.123Z")
                .jsonPath("$.titleAr")
                .isEqualTo("استراتيجية الحكومة الرقمية")
                .jsonPath("$.speakers.length()")
                .isEqualTo(2)
                .jsonPath("$.attendeeCount")
                .isEqualTo(0)
                .returnResult();
        String id = com.jayway.jsonpath.JsonPath.read(
                new String(created.getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8), "$.id");
        assertThat(created.getResponseHeaders().getLocation()).hasToString("/api/sessions/" + id);

        get("/api/sessions/" + id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.cohortCode")
                .isEqualTo(cohort);
        var published = TopicReader.await("scheduling.sessions.v1", e -> cohort.equals(e.key()))
                .getFirst();
        assertThat(published.header("ce_type")).isEqualTo("org.irtiqa.events.scheduling.SessionScheduled");
        assertThat(published.header("ce_source")).isEqualTo("/irtiqa/scheduling-service");
        var event = (SessionScheduled) published.value();
        assertThat(event.getSessionId().toString()).isEqualTo(id);
        assertThat(event.getFormat()).isEqualTo(SessionFormat.STRATEGIC_PANEL);
        assertThat(event.getEndsAt()).hasToString("2026-12-01T08:30:00.123Z");
        assertThat(event.getMeta().getSource()).isEqualTo("scheduling-service");
    }

    @Test
    void listsACohortsSessionsByStart() {
        String cohort = registration.cohort();
        String later = scheduled(cohort, "2026-12-03T09:00:00+04:00", "2026-12-03T10:00:00+04:00");
        String earlier = scheduled(cohort, "2026-12-02T09:00:00+04:00", "2026-12-02T10:00:00+04:00");

        get("/api/cohorts/" + cohort + "/sessions")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(2)
                .jsonPath("$.items[0].id")
                .isEqualTo(earlier)
                .jsonPath("$.items[1].id")
                .isEqualTo(later);
        get("/api/cohorts/NO-SUCH-COHORT/sessions").expectStatus().isNotFound();
    }

    @Test
    void refusesInvalidSessionsWithTheFieldsAtFault() {
        String cohort = registration.cohort();
        String valid = session(cohort, "2026-12-05T09:00:00+04:00", "2026-12-05T10:00:00+04:00");

        invalid(session(cohort, "2026-12-05T10:00:00+04:00", "2026-12-05T10:00:00+04:00"), "endsAt");
        invalid(session(cohort, "2026-12-05T09:00:00", "2026-12-05T10:00:00+04:00"), "startsAt");
        invalid(valid.replace("STRATEGIC_PANEL", "UNKNOWN"), "format");
        invalid(valid.replace("DIGITAL_TRANSFORMATION", "UNKNOWN"), "theme");
        invalid(valid.replace("Digital government strategy", "x".repeat(201)), "titleEn");
        invalid(valid.replace("\"Muscat\"", "\"" + "v".repeat(201) + "\""), "venue");
        invalid(
                valid.replace(
                        "[\"Dr. Salim Al-Ruqaishi\", \"Eng. Maryam Al-Zadjali\"]",
                        "[" + String.join(",", Collections.nCopies(21, "\"A speaker\"")) + "]"),
                "speakers");
        invalid(valid.replace("Eng. Maryam Al-Zadjali", "s".repeat(201)), "speakers[1]");
        invalid(valid.replace("\"titleAr\": \"استراتيجية الحكومة الرقمية\",", ""), "titleAr");
        invalid(valid.replace("Digital government", "Digital\\u0000government"), "titleEn");
        invalid(valid.replace("Eng. Maryam", "Eng.\\u0000Maryam"), "speakers[1]");
        post("/api/sessions", "{\"cohortCode\": ").expectStatus().isBadRequest();
    }

    @Test
    void answersUnprocessableForAnUnknownCohortOrDaysOutsideTheCohort() {
        String cohort = registration.cohort();

        post("/api/sessions", session("NO-SUCH-COHORT", "2026-12-05T09:00:00+04:00", "2026-12-05T10:00:00+04:00"))
                .expectStatus()
                .isEqualTo(422);
        // 23:30 on 31 August in Muscat is still the day before the cohort starts, though 1 September in UTC+14
        post("/api/sessions", session(cohort, "2026-08-31T23:30:00+04:00", "2026-09-01T01:00:00+04:00"))
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("startsAt");
        post("/api/sessions", session(cohort, "2027-03-31T23:00:00+04:00", "2027-04-01T00:30:00+04:00"))
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("endsAt");
        // the first and last minutes of the cohort's days in Muscat are inside
        scheduled(cohort, "2026-08-31T20:00:00Z", "2026-09-01T01:00:00+04:00");
        scheduled(cohort, "2027-03-31T23:00:00+04:00", "2027-04-01T00:00:00+04:00");
    }

    @Test
    void refusesAnOverlapButNotAnAdjacentOrCancelledSlot() {
        String cohort = registration.cohort();
        String first = scheduled(cohort, "2026-12-07T09:00:00+04:00", "2026-12-07T11:00:00+04:00");

        post("/api/sessions", session(cohort, "2026-12-07T10:59:00+04:00", "2026-12-07T12:00:00+04:00"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://irtiqa.org/problems/session-overlap");
        scheduled(cohort, "2026-12-07T11:00:00+04:00", "2026-12-07T12:00:00+04:00");
        scheduled(registration.cohort(), "2026-12-07T09:00:00+04:00", "2026-12-07T11:00:00+04:00");

        post("/api/sessions/" + first + "/cancellation", "{\"reason\": \"Speaker unavailable\"}")
                .expectStatus()
                .isOk();
        scheduled(cohort, "2026-12-07T09:30:00+04:00", "2026-12-07T10:30:00+04:00");
    }

    @Test
    void checksInvalidInputBeforeUnknownReferencesAndThoseBeforeConflicts() {
        String cohort = registration.cohort();
        scheduled(cohort, "2026-09-01T00:00:00+04:00", "2026-09-01T01:00:00+04:00");

        // unknown cohort, and ending before it starts: the 400 answers
        post("/api/sessions", session("NO-SUCH-COHORT", "2026-12-08T11:00:00+04:00", "2026-12-08T10:00:00+04:00"))
                .expectStatus()
                .isBadRequest();
        // starting before the cohort, and overlapping its first session: the 422 answers
        post("/api/sessions", session(cohort, "2026-08-31T23:00:00+04:00", "2026-09-01T00:30:00+04:00"))
                .expectStatus()
                .isEqualTo(422);
    }

    @Test
    void answersNotFoundForUnknownOrMalformedSessionIds() {
        get("/api/sessions/0190a4c2-0000-7000-8000-000000000000")
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType("application/problem+json");
        get("/api/sessions/not-a-uuid").expectStatus().isNotFound();
        post("/api/sessions/0190a4c2-0000-7000-8000-000000000000/cancellation", "{}")
                .expectStatus()
                .isNotFound();
    }

    private void invalid(String body, String field) {
        post("/api/sessions", body)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat((java.util.List<Object>) fields)
                        .as("errors of %s", body)
                        .contains(field));
    }
}
