package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irtiqa.scheduling.SessionCompletionTest.attendees;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.irtiqa.events.scheduling.AssessmentResultRecorded;
import org.irtiqa.scheduling.Registration.Member;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

/** The integrity rules of api.md for assessments; a refused one leaves no row and no event. */
class AssessmentIntegrityTest extends SchedulingTest {

    private static final Instant ENROLLED_AT = Registration.ENROLLED_AT;

    @Test
    void refusesAnAssessmentDatedBeforeTheEnrolmentButLetsABaselineComeUpTo30DaysEarlier() {
        var member = registration.enrolled(registration.cohort());
        Instant tooEarlyBaseline = ENROLLED_AT.minus(Duration.ofDays(30)).minusMillis(1);

        beforeEnrolment(assessment(member.participantId(), "MODULE", ENROLLED_AT.minusMillis(1), null));
        beforeEnrolment(assessment(member.participantId(), "FINAL", ENROLLED_AT.minus(Duration.ofDays(2)), null));
        beforeEnrolment(assessment(member.participantId(), "BASELINE", tooEarlyBaseline, null));
        assertThat(rowsOf(member)).isZero();

        post(
                        "/api/assessments",
                        assessment(member.participantId(), "BASELINE", ENROLLED_AT.minus(Duration.ofDays(30)), null))
                .expectStatus()
                .isCreated();
        post("/api/assessments", assessment(member.participantId(), "MODULE", ENROLLED_AT, null))
                .expectStatus()
                .isCreated();
        assertThat(rowsOf(member)).isEqualTo(2);
        // the two accepted ones are on the topic, after any refused one would have been
        var events = TopicReader.await(
                "scheduling.assessments.v1",
                true,
                e -> e.value() instanceof AssessmentResultRecorded r
                        && r.getParticipantId().equals(member.participantId()),
                2);
        assertThat(events).hasSize(2);
    }

    @Test
    void refusesASessionThatWasNotHeldOrIsOfAnotherCohortOrThemeOrHeldAfterTheAssessment() {
        String cohort = registration.cohort();
        var member = registration.enrolled(cohort);
        String held = scheduled(cohort, "2026-11-03T09:00:00+04:00", "2026-11-03T11:00:00+04:00");
        post("/api/sessions/" + held + "/completion", attendees(member.participantId()))
                .expectStatus()
                .isOk();
        String notHeld = scheduled(cohort, "2026-11-04T09:00:00+04:00", "2026-11-04T11:00:00+04:00");
        String otherCohort = registration.cohort();
        String elsewhere = scheduled(otherCohort, "2026-11-03T09:00:00+04:00", "2026-11-03T11:00:00+04:00");
        post("/api/sessions/" + elsewhere + "/completion", attendees())
                .expectStatus()
                .isOk();
        Instant afterHeld = Instant.parse("2026-11-05T10:00:00Z");

        invalidSession(assessment(member.participantId(), "MODULE", afterHeld, notHeld));
        invalidSession(assessment(member.participantId(), "MODULE", afterHeld, elsewhere));
        invalidSession(assessment(
                member.participantId(), "MODULE", afterHeld, UUID.randomUUID().toString()));
        invalidSession(assessment(member.participantId(), "MODULE", afterHeld, held)
                .replace("DIGITAL_TRANSFORMATION", "RISK_MANAGEMENT"));
        // the session began at 05:00Z: an assessment of it at 04:59 is before it
        invalidSession(assessment(member.participantId(), "MODULE", Instant.parse("2026-11-03T04:59:00Z"), held));
        // a session that does not fit is reported before a date before the enrolment (422 before 409)
        invalidSession(assessment(member.participantId(), "MODULE", Instant.parse("2026-08-01T10:00:00Z"), notHeld));
        assertThat(rowsOf(member)).isZero();

        post(
                        "/api/assessments",
                        assessment(member.participantId(), "MODULE", Instant.parse("2026-11-03T05:00:00Z"), held))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.sessionId")
                .isEqualTo(held);
        var events = TopicReader.await(
                "scheduling.assessments.v1",
                true,
                e -> e.value() instanceof AssessmentResultRecorded r
                        && r.getParticipantId().equals(member.participantId()),
                1);
        assertThat(events).hasSize(1);
    }

    private void beforeEnrolment(String body) {
        post("/api/assessments", body)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://irtiqa.org/problems/assessed-before-enrolment");
    }

    private void invalidSession(String body) {
        post("/api/assessments", body)
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://irtiqa.org/problems/invalid-session")
                .jsonPath("$.errors[0].field")
                .isEqualTo("sessionId");
    }

    private int rowsOf(Member member) {
        return jdbc.sql("select count(*) from assessment where participant_id = ?")
                .param(member.participantId())
                .query(Integer.class)
                .single();
    }

    private static String assessment(UUID participant, String kind, Instant assessedAt, String session) {
        return """
                {"participantId": "%s", "theme": "DIGITAL_TRANSFORMATION", "kind": "%s", "score": 60,
                 "assessedAt": "%s", "sessionId": %s}""".formatted(participant, kind, assessedAt, session == null ? "null" : "\"" + session + "\"");
    }
}
