package org.irtiqa.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

class IdempotencyKeyTest extends RegistrationTest {

    @Test
    void aRepeatWithTheSameKeyAndBodyGetsTheFirstResponseAndHasNoSecondEffect() {
        String code = code("IDEM");
        String key = "key-" + code;

        EntityExchangeResult<byte[]> first = keyed(key, institution(code))
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult();
        EntityExchangeResult<byte[]> repeat = keyed(key, institution(code))
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("Location", "/api/institutions/" + code)
                .expectHeader()
                .valueEquals("Idempotent-Replayed", "true")
                .expectBody()
                .returnResult();

        assertThat(new String(repeat.getResponseBodyContent(), StandardCharsets.UTF_8))
                .isEqualTo(new String(first.getResponseBodyContent(), StandardCharsets.UTF_8));
        TopicReader.await(Topics.INSTITUTIONS, e -> code.equals(e.key()));
        assertThat(TopicReader.all(Topics.INSTITUTIONS, false).stream().filter(e -> code.equals(e.key())))
                .hasSize(1);
    }

    @Test
    void anotherCallerReusingAKeyGetsNothingOfTheFirstAnswer() {
        String code = code("IDEM");
        String key = "shared-key-" + code;
        keyed(key, institution(code)).expectStatus().isCreated();

        // the demo loader is a programme admin too, with its own sub: its request is its own
        as("demo-loader")
                .post()
                .uri("/api/institutions")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(institution(code))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .doesNotExist("Idempotent-Replayed")
                .expectBody()
                .jsonPath("$.type")
                .value(t -> assertThat((String) t).endsWith("/institution-exists"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        String code = code("IDEM");
        keyed("key-" + code, institution(code)).expectStatus().isCreated();

        keyed("key-" + code, institution(code).replace("MUSCAT", "DHOFAR"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .value(t -> assertThat((String) t).endsWith("/idempotency-key-reused"));
    }

    @Test
    void aRetryAfterAClientErrorIsTriedAfresh() {
        String institution = code("IDEM");
        String key = "key-" + institution;
        String body = participant(institution, "late." + System.nanoTime() + "@gov.om", "TOP_LEADERSHIP");
        keyed(key, body, "/api/participants").expectStatus().isEqualTo(422);

        post("/api/institutions", institution(institution)).expectStatus().isCreated();
        keyed(key, body, "/api/participants").expectStatus().isCreated();
    }

    @Test
    void parallelRepeatsOfOneKeyCreateOneInstitution() throws Exception {
        String code = code("RACE");
        String key = "key-" + code;
        var pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Callable<Integer> call = () -> keyed(key, institution(code))
                        .returnResult(String.class)
                        .getStatus()
                        .value();
                statuses.add(pool.submit(call));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get());
            }
            assertThat(codes).contains(201).allMatch(s -> s == 201 || s == 409);
        } finally {
            pool.shutdownNow();
        }
        TopicReader.await(Topics.INSTITUTIONS, e -> code.equals(e.key()));
        assertThat(TopicReader.all(Topics.INSTITUTIONS, false).stream().filter(e -> code.equals(e.key())))
                .hasSize(1);
    }

    @Test
    void rejectsAnOverlongKey() {
        keyed("k".repeat(256), institution(code("LONG"))).expectStatus().isBadRequest();
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec keyed(String key, String json) {
        return keyed(key, json, "/api/institutions");
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec keyed(
            String key, String json, String path) {
        return http().post()
                .uri(path)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .exchange();
    }
}
