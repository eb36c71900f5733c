package org.irtiqa.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

/** A write is durable when its response is sent, Kafka or no Kafka (api.md). */
class KafkaOutageTest extends RegistrationTest {

    @Test
    void writesSucceedWhileKafkaIsDownAndTheirEventsArriveOnceInOrderWhenItIsBack() {
        String institution = code("OUT");
        String cohort = code("C");
        post("/api/institutions", institution(institution)).expectStatus().isCreated();
        post("/api/cohorts", cohort(cohort, 20)).expectStatus().isCreated();
        var kafka = LocalStack.shared().kafka();
        List<String> enrolments = new ArrayList<>();
        kafka.stop();
        try {
            for (int i = 0; i < 5; i++) {
                String participant = post(
                                "/api/participants",
                                participant(
                                        institution,
                                        "o" + i + "." + System.nanoTime() + "@gov.om",
                                        "SENIOR_MANAGEMENT"))
                        .expectStatus()
                        .isCreated()
                        .returnResult(EnrolmentTest.ParticipantJson.class)
                        .getResponseBody()
                        .id();
                String enrolment = post(
                                "/api/enrolments",
                                "{\"participantId\": \"%s\", \"cohortCode\": \"%s\"}".formatted(participant, cohort))
                        .expectStatus()
                        .isCreated()
                        .returnResult(EnrolmentTest.ParticipantJson.class)
                        .getResponseBody()
                        .id();
                enrolments.add(enrolment);
            }
            post("/api/enrolments/" + enrolments.get(0) + "/withdrawal", "{}")
                    .expectStatus()
                    .isOk();
            post("/api/enrolments/" + enrolments.get(1) + "/completion", "")
                    .expectStatus()
                    .isOk();
            get("/actuator/health/readiness").expectStatus().isOk();
        } finally {
            kafka.start();
        }

        var onKafka = TopicReader.await(Topics.ENROLMENTS, true, e -> institution.equals(e.key()), 7);
        assertThat(onKafka).hasSize(7);
        assertThat(onKafka.stream()
                        .map(e -> e.value().getClass().getSimpleName())
                        .toList())
                .containsExactly(
                        "ParticipantEnrolled",
                        "ParticipantEnrolled",
                        "ParticipantEnrolled",
                        "ParticipantEnrolled",
                        "ParticipantEnrolled",
                        "EnrolmentWithdrawn",
                        "EnrolmentCompleted");
        assertThat(onKafka.stream()
                        .filter(e -> e.value() instanceof ParticipantEnrolled)
                        .map(e -> ((ParticipantEnrolled) e.value())
                                .getEnrolmentId()
                                .toString())
                        .toList())
                .containsExactlyElementsOf(enrolments);
        assertThat(((EnrolmentWithdrawn) onKafka.get(5).value())
                        .getEnrolmentId()
                        .toString())
                .isEqualTo(enrolments.get(0));
        assertThat(((EnrolmentCompleted) onKafka.get(6).value())
                        .getEnrolmentId()
                        .toString())
                .isEqualTo(enrolments.get(1));
        assertThat(TopicReader.await(Topics.PARTICIPANTS, true, e -> institution.equals(e.key()), 5))
                .allMatch(e -> e.value() instanceof ParticipantRegistered)
                .hasSize(5);
    }
}
