package org.irtiqa.support.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.Sector;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.schemas.serde.AvroSerializer;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.testapp.Scrape;
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TestListener;
import org.irtiqa.support.testapp.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumer lag on {@code /actuator/prometheus} in records and seconds, per group and topic, and the
 * {@code consumerLag} health component turning to WARN above its limit while the service stays UP.
 */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "irtiqa.test.database=consumer_lag_test",
            "test.topic=test.consumer-lag.v1",
            "test.consumed-topic=test.consumer-lag.v1",
            "irtiqa.outbox.relay.enabled=false",
            "irtiqa.consumer.lag.sample-interval=500ms",
            "irtiqa.consumer.lag.warn-records=2"
        })
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class ConsumerLagTest {

    static final String TOPIC = "test.consumer-lag.v1";
    static final String GROUP = "support-test-listener";
    static final Map<String, String> SERIES = Map.of("group", GROUP, "topic", TOPIC);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestListener listener;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    AvroSerializer serializer;

    @Autowired
    EventMetadataFactory metadata;

    @Test
    void lagInRecordsAndSecondsWhileTheConsumerIsStoppedAndWarnAboveTheLimitWithTheServiceUp() throws Exception {
        send("BEFORE", System.currentTimeMillis());
        await().atMost(Duration.ofSeconds(60)).until(() -> listener.applied.stream()
                .anyMatch(e -> e.getNameEn().equals("BEFORE")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> value("irtiqa_consumer_lag_records").orElse(-1) == 0);
        assertThat(value("irtiqa_consumer_lag_seconds")).hasValue(0);
        assertThat(health().path("components")
                        .path("consumerLag")
                        .path("status")
                        .asString())
                .isEqualTo("UP");

        listeners.getListenerContainer(GROUP).stop();
        try {
            long oldest = System.currentTimeMillis() - 120_000; // the oldest waiting record is two minutes old
            send("WAITING-1", oldest);
            send("WAITING-2", oldest + 1_000);
            send("WAITING-3", oldest + 2_000);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> value("irtiqa_consumer_lag_records").orElse(-1) == 3);
            double age = value("irtiqa_consumer_lag_seconds").orElseThrow();
            assertThat(age).isBetween(119.0, 180.0);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> value("irtiqa_consumer_lag_seconds").orElse(-1) >= age + 1);
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos(); // six samples or so
            while (System.nanoTime() < until) {
                Scrape scrape = Scrape.of(port);
                assertThat(scrape.value("irtiqa_consumer_lag_records", SERIES))
                        .as("a series stays served while a sample replaces its value")
                        .hasValue(3);
                assertThat(scrape.value("irtiqa_consumer_lag_seconds", SERIES)).isPresent();
            }

            JsonNode health = health();
            JsonNode lag = health.path("components").path("consumerLag");
            assertThat(lag.path("status").asString()).isEqualTo("WARN");
            assertThat(lag.path("details")
                            .path("byGroup")
                            .path(GROUP)
                            .path(TOPIC)
                            .asLong())
                    .isEqualTo(3);
            assertThat(health.path("status").asString())
                    .as("the service as a whole")
                    .isEqualTo("UP");
            assertThat(status("/actuator/health/readiness")).isEqualTo(200);
        } finally {
            listeners.getListenerContainer(GROUP).start();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> value("irtiqa_consumer_lag_records").orElse(-1) == 0);
        assertThat(value("irtiqa_consumer_lag_seconds")).hasValue(0);
        await().atMost(Duration.ofSeconds(10)).until(() -> health().path("components")
                .path("consumerLag")
                .path("status")
                .asString()
                .equals("UP"));
    }

    private OptionalDouble value(String name) {
        return Scrape.of(port).value(name, SERIES);
    }

    private void send(String name, long timestamp) throws Exception {
        InstitutionRegistered event = InstitutionRegistered.newBuilder()
                .setMeta(metadata.next())
                .setInstitutionCode("LAG")
                .setNameEn(name)
                .setNameAr(name)
                .setGovernorate(Governorate.MUSCAT)
                .setSector(Sector.OTHER)
                .build();
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        LocalStack.shared().kafka().bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, null, timestamp, "LAG", serializer.serialize(TOPIC, event)))
                    .get();
        }
    }

    private JsonNode health() throws Exception {
        return JSON.readTree(get("/actuator/health").body());
    }

    private int status(String path) throws Exception {
        return get(path).statusCode();
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                    TestTokens.request(URI.create("http://127.0.0.1:" + port + path), "operator")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
