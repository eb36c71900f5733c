package org.irtiqa.support.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.support.testapp.Scrape;
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TestTokens;
import org.irtiqa.support.testapp.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Dead letters can be listed and replayed, once, over the admin API; consumer lag is reported beside them. */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "irtiqa.test.database=dead_letter_admin_test",
            "test.topic=test.dead-letter-admin.v1",
            "test.consumed-topic=test.dead-letter-admin.v1",
            "irtiqa.outbox.relay.enabled=false"
        })
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class DeadLetterAdminTest {

    static final String TOPIC = "test.dead-letter-admin.v1";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void listsADeadLetterAndReplaysItsOriginalBytesOnce() throws Exception {
        byte[] garbage = "poison for the admin".getBytes(StandardCharsets.UTF_8);
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        LocalStack.shared().kafka().bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            var record = new ProducerRecord<>(TOPIC, "ADMIN-1", garbage);
            record.headers().add("ce_id", "the-original-id".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }

        JsonNode letter = await().atMost(Duration.ofSeconds(60)).until(() -> first("ADMIN-1"), l -> l != null);
        assertThat(letter.get("topic").asText()).isEqualTo(TOPIC);
        assertThat(letter.get("error").asText()).isNotBlank();
        assertThat(letter.get("offset").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(letter.get("replayedAt").isNull()).isTrue();
        String id = letter.get("id").asText();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> Scrape.of(port)
                                .value("irtiqa_dead_letters_pending", Map.of("topic", TOPIC))
                                .orElse(-1)
                        == 1);

        HttpResponse<String> replayed = post("/api/admin/dead-letters/" + id + "/replay");
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(replayed.body()).get("replayedAt").isNull()).isFalse();
        try (TopicReader topic = new TopicReader(TOPIC)) {
            var copies = topic.awaitAtLeast(2, Duration.ofSeconds(30)).stream()
                    .filter(r -> "ADMIN-1".equals(r.key()))
                    .toList();
            assertThat(copies).hasSize(2);
            assertThat(copies.get(1).value()).isEqualTo(garbage);
            assertThat(new String(copies.get(1).headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                    .isEqualTo("the-original-id");
        }

        assertThat(post("/api/admin/dead-letters/" + id + "/replay").statusCode())
                .isEqualTo(409);
        assertThat(post("/api/admin/dead-letters/0190a4c2-0000-7000-8000-000000000000/replay")
                        .statusCode())
                .isEqualTo(404);
        assertThat(post("/api/admin/dead-letters/not-a-uuid/replay").statusCode())
                .isEqualTo(404);
    }

    @Test
    void countsNoDeadLetterForATopicThatHasNone() {
        // the gauge of every consumed topic exists from the start, so "more than 0" has a series
        assertThat(Scrape.of(port).value("irtiqa_dead_letters_pending", Map.of("topic", TOPIC)))
                .isPresent();
    }

    @Test
    void reportsTheListenersConsumerLagOutsideReadiness() throws Exception {
        JsonNode lag = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> JSON.readTree(get("/actuator/health"))
                                .path("components")
                                .path("consumerLag"),
                        n -> n.path("details").path("byGroup").has("support-test-listener"));
        assertThat(lag.get("status").asText()).isEqualTo("UP");
        assertThat(lag.path("details").path("lag").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(JSON.readTree(get("/actuator/health/readiness"))
                        .path("components")
                        .has("consumerLag"))
                .isFalse();
    }

    private String get(String path) throws Exception {
        return HTTP.send(
                        TestTokens.request(URI.create("http://127.0.0.1:" + port + path), "operator")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private JsonNode first(String key) throws Exception {
        var response = HTTP.send(
                TestTokens.request(URI.create("http://127.0.0.1:" + port + "/api/admin/dead-letters"), "operator")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode item : JSON.readTree(response.body()).get("items")) {
            if (key.equals(item.get("key").asText())) {
                return item;
            }
        }
        return null;
    }

    private HttpResponse<String> post(String path) throws Exception {
        return HTTP.send(
                TestTokens.request(URI.create("http://127.0.0.1:" + port + path), "operator")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
