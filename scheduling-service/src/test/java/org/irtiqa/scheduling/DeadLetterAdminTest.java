package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.irtiqa.testkit.Tokens;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/admin/dead-letters} (service-support's, wired to this service's consumed topics):
 * what scheduling could not apply, listed and sent back once.
 */
class DeadLetterAdminTest extends SchedulingTest {

    @Test
    void listsAPoisonRecordAndReplaysItsOriginalBytesOnce() {
        String institution = code("INST");
        byte[] poison = ("poison for " + institution).getBytes();
        Registration.sender().sendRaw(Registration.PARTICIPANTS, institution, poison);

        UUID id = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> jdbc.sql("select id from dead_letter where record_key = ?")
                                .param(institution)
                                .query(UUID.class)
                                .optional()
                                .orElse(null),
                        java.util.Objects::nonNull);
        as(Tokens.OPERATOR)
                .get()
                .uri("/api/admin/dead-letters")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[?(@.id == '%s')].topic".formatted(id))
                .isEqualTo(Registration.PARTICIPANTS)
                .jsonPath("$.items[?(@.id == '%s')].error".formatted(id))
                .exists()
                .jsonPath("$.items[?(@.id == '%s')].offset".formatted(id))
                .exists()
                .jsonPath("$.items[?(@.id == '%s')].time".formatted(id))
                .exists();

        as(Tokens.OPERATOR)
                .post()
                .uri("/api/admin/dead-letters/" + id + "/replay")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.replayedAt")
                .exists();
        as(Tokens.OPERATOR)
                .post()
                .uri("/api/admin/dead-letters/" + id + "/replay")
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        as(Tokens.OPERATOR)
                .post()
                .uri("/api/admin/dead-letters/" + UUID.randomUUID() + "/replay")
                .exchange()
                .expectStatus()
                .isNotFound();

        // back on its topic with its key and bytes; still poison, so it is dead-lettered a second time
        List<TopicReader.Event> onTopic =
                TopicReader.await(Registration.PARTICIPANTS, false, e -> institution.equals(e.key()), 2);
        assertThat(onTopic).allSatisfy(e -> assertThat(e.raw().value()).isEqualTo(poison));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select count(*) from dead_letter where record_key = ?")
                                .param(institution)
                                .query(Integer.class)
                                .single()
                        == 2);
    }
}
