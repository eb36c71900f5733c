package org.irtiqa.analytics.intake;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.irtiqa.analytics.programme.TestEvents;
import org.irtiqa.analytics.programme.TestEvents.Sent;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.Theme;
import org.irtiqa.testkit.EventSender;
import org.irtiqa.testkit.Tokens;
import org.junit.jupiter.api.AfterEach;

/** What the corrections tests share: a sender, a leader's ids, and waiting for served figures. */
abstract class CorrectionsIntake {

    private final EventSender sender = new EventSender();

    /** One enrolment of one participant, with the ids its events carry. */
    record Leader(String institution, String cohort, UUID participant, UUID enrolment) {
        Leader(String institution, String cohort) {
            this(institution, cohort, UUID.randomUUID(), UUID.randomUUID());
        }

        Sent assessed(UUID assessment, Theme theme, AssessmentKind kind, double score, Instant at) {
            return TestEvents.assessed(
                    assessment, participant, enrolment, institution, cohort, theme, kind, score, at, at);
        }
    }

    @AfterEach
    void closeSender() {
        sender.close();
    }

    void send(Sent event) {
        sender.send(event.topic(), event.key(), event.event());
    }

    static String code(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    /** Until the institution's figures hold {@code expectedJson} (lenient) and none of {@code absent} (JSON paths). */
    static void awaitFigures(int port, String code, String expectedJson, String... absent) {
        awaitJson(port, "/api/readiness/institutions/" + code, expectedJson, absent);
    }

    static void awaitJson(int port, String path, String expectedJson, String... absent) {
        var http = Tokens.client(port, Tokens.ADMIN);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    var body = http.get()
                            .uri(path)
                            .exchange()
                            .expectStatus()
                            .isOk()
                            .expectBody();
                    body.json(expectedJson);
                    for (String missing : absent) {
                        body.jsonPath(missing).doesNotExist();
                    }
                });
    }
}
