package org.irtiqa.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.irtiqa.analytics.programme.TestEvents;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.Sector;
import org.irtiqa.events.Theme;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.DeadLetters;
import org.irtiqa.testkit.EventSender;
import org.irtiqa.testkit.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** Real registration events in through Kafka, figures out through HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
class ReadinessIntakeTest {

    private static final EventSender events = new EventSender();

    @LocalServerPort
    int port;

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void countsActiveEnrolmentsAndLevelsOfAnInstitution() {
        String code = "INST-" + System.nanoTime();
        events.send("registration.institutions.v1", code, institution(code));
        events.send(
                "registration.enrolments.v1", code, enrolled(code, UUID.randomUUID(), LeadershipLevel.TOP_LEADERSHIP));
        UUID completed = UUID.randomUUID();
        events.send("registration.enrolments.v1", code, enrolled(code, completed, LeadershipLevel.EXECUTIVE_TEAM));
        events.send("registration.enrolments.v1", code, completed(code, completed));
        UUID withdrawn = UUID.randomUUID();
        events.send("registration.enrolments.v1", code, enrolled(code, withdrawn, LeadershipLevel.MIDDLE_MANAGEMENT));
        events.send("registration.enrolments.v1", code, withdrawn(code, withdrawn));

        awaitFigures(code, "{enrolled: 2, completed: 1, withdrawn: 1, levelCoverage: 0.5, completionRate: 0.5}");
    }

    @Test
    void appliesADuplicatedEventOnce() {
        String code = "DUP-" + System.nanoTime();
        events.send("registration.institutions.v1", code, institution(code));
        ParticipantEnrolled once = enrolled(code, UUID.randomUUID(), LeadershipLevel.SENIOR_MANAGEMENT);
        events.send("registration.enrolments.v1", code, once);
        events.send("registration.enrolments.v1", code, once);
        events.send(
                "registration.enrolments.v1",
                code,
                enrolled(code, UUID.randomUUID(), LeadershipLevel.SENIOR_MANAGEMENT));

        awaitFigures(code, "{enrolled: 2, levelCoverage: 0.25}");
    }

    @Test
    void countsAWithdrawalThatArrivesBeforeItsEnrolment() {
        String code = "ORDER-" + System.nanoTime();
        UUID enrolment = UUID.randomUUID();
        events.send("registration.enrolments.v1", code, withdrawn(code, enrolment));
        events.send("registration.enrolments.v1", code, enrolled(code, enrolment, LeadershipLevel.TOP_LEADERSHIP));
        events.send("registration.institutions.v1", code, institution(code));

        awaitFigures(code, "{enrolled: 0, withdrawn: 1, levelCoverage: 0.0}");
    }

    @Test
    void sendsAPoisonRecordToTheDeadLetterTopicAndMovesOn() {
        String code = "POISON-" + System.nanoTime();
        events.sendRaw("registration.institutions.v1", code, new byte[] {0, 0, 0, 0x7f, 0x7f, 1, 2, 3});
        events.send("registration.institutions.v1", code, institution(code));

        awaitFigures(code, "{enrolled: 0}");
        var letter = DeadLetters.await("registration.institutions.v1", code);
        assertThat(letter.raw().value()).containsExactly(0, 0, 0, 0x7f, 0x7f, 1, 2, 3);
        assertThat(letter.header("kafka_dlt-exception-message")).isNotBlank();
    }

    @Test
    void sendsBytesThatAreNoEventToTheDeadLetterTopic() {
        String code = "GARBAGE-" + System.nanoTime();
        events.sendRaw(
                "registration.enrolments.v1", code, "not avro".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        events.send("registration.institutions.v1", code, institution(code));
        events.send(
                "registration.enrolments.v1", code, enrolled(code, UUID.randomUUID(), LeadershipLevel.TOP_LEADERSHIP));

        awaitFigures(code, "{enrolled: 1}");
        assertThat(DeadLetters.await("registration.enrolments.v1", code).raw().value())
                .isEqualTo("not avro".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void sendsAnAssessmentScoredOutsideZeroToHundredToTheDeadLetterTopic() {
        String code = "SCORE-" + System.nanoTime();
        events.send("registration.institutions.v1", code, institution(code));
        UUID enrolment = UUID.randomUUID();
        events.send("registration.enrolments.v1", code, enrolled(code, enrolment, LeadershipLevel.TOP_LEADERSHIP));
        var poison = TestEvents.assessed(
                UUID.randomUUID(),
                UUID.randomUUID(),
                enrolment,
                code,
                "C1",
                Theme.RISK_MANAGEMENT,
                AssessmentKind.FINAL,
                140,
                Instant.now(),
                Instant.now());
        events.send(poison.topic(), poison.key(), poison.event());
        var fine = TestEvents.assessed(
                UUID.randomUUID(),
                UUID.randomUUID(),
                enrolment,
                code,
                "C1",
                Theme.RISK_MANAGEMENT,
                AssessmentKind.FINAL,
                70,
                Instant.now(),
                Instant.now());
        events.send(fine.topic(), fine.key(), fine.event());

        awaitFigures(code, "{enrolled: 1, themeScores: {RISK_MANAGEMENT: 70.0}, proficiency: 70.0}");
        var letter = DeadLetters.await("scheduling.assessments.v1", code);
        assertThat(letter.header("kafka_dlt-exception-message")).contains("140");
    }

    @Test
    void answersNotFoundForUnknownInstitutionsAndGovernorates() {
        var http = Tokens.client(port, Tokens.ADMIN);
        http.get()
                .uri("/api/readiness/institutions/NOPE-" + System.nanoTime())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType("application/problem+json");
        http.get()
                .uri("/api/readiness/governorates/dhofar")
                .exchange()
                .expectStatus()
                .isNotFound();
        http.get()
                .uri("/api/readiness/governorates/ATLANTIS")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private void awaitFigures(String code, String expectedJson) {
        var http = Tokens.client(port, Tokens.ADMIN);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> http.get()
                        .uri("/api/readiness/institutions/" + code)
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .json(expectedJson));
    }

    private static InstitutionRegistered institution(String code) {
        return InstitutionRegistered.newBuilder()
                .setMeta(EventSender.meta())
                .setInstitutionCode(code)
                .setNameEn("Dhofar Governorate Office")
                .setNameAr("مكتب محافظ ظفار")
                .setGovernorate(Governorate.DHOFAR)
                .setSector(Sector.GOVERNORATE)
                .build();
    }

    private static ParticipantEnrolled enrolled(String code, UUID enrolment, LeadershipLevel level) {
        EventMetadata meta = EventSender.meta();
        return ParticipantEnrolled.newBuilder()
                .setMeta(meta)
                .setEnrolmentId(enrolment)
                .setParticipantId(UUID.randomUUID())
                .setInstitutionCode(code)
                .setCohortCode("C1")
                .setLevel(level)
                .setEnrolledAt(meta.getOccurredAt())
                .build();
    }

    private static EnrolmentCompleted completed(String code, UUID enrolment) {
        EventMetadata meta = EventSender.meta();
        return EnrolmentCompleted.newBuilder()
                .setMeta(meta)
                .setEnrolmentId(enrolment)
                .setParticipantId(UUID.randomUUID())
                .setInstitutionCode(code)
                .setCohortCode("C1")
                .setCompletedAt(meta.getOccurredAt())
                .build();
    }

    private static EnrolmentWithdrawn withdrawn(String code, UUID enrolment) {
        EventMetadata meta = EventSender.meta();
        return EnrolmentWithdrawn.newBuilder()
                .setMeta(meta)
                .setEnrolmentId(enrolment)
                .setParticipantId(UUID.randomUUID())
                .setInstitutionCode(code)
                .setCohortCode("C1")
                .setWithdrawnAt(meta.getOccurredAt())
                .build();
    }
}
