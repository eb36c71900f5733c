package org.irtiqa.support.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TestListener;
import org.irtiqa.support.testapp.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/** Poison records go to {@code <topic>.DLT} with their original bytes, and the partition moves on. */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "irtiqa.test.database=dead_letter_test",
            "test.topic=test.dead-letters.v1",
            "test.consumed-topic=test.dead-letters.v1",
            "irtiqa.outbox.relay.enabled=false"
        })
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class DeadLetterTest {

    static final String TOPIC = "test.dead-letters.v1";

    @Autowired
    TestListener listener;

    @Autowired
    AvroSerializer serializer;

    @Autowired
    EventMetadataFactory metadata;

    KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void producer() {
        producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        LocalStack.shared().kafka().bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsOriginalBytesAndTheNextRecordIsApplied() throws Exception {
        byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
        send("P1", event("BEFORE"));
        producer.send(new ProducerRecord<>(TOPIC, "P1", garbage)).get();
        send("P1", event("AFTER"));

        await().atMost(Duration.ofSeconds(60)).until(() -> listener.applied.stream()
                .anyMatch(e -> e.getNameEn().equals("AFTER")));
        try (TopicReader dlt = new TopicReader(ConsumedTopics.deadLetterTopic(TOPIC))) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> dlt.poll().stream().anyMatch(r -> "P1".equals(r.key())));
            ConsumerRecord<String, byte[]> dead = dlt.poll().stream()
                    .filter(r -> "P1".equals(r.key()))
                    .findFirst()
                    .orElseThrow();
            Map<String, String> headers = headers(dead);

            assertThat(dead.value()).isEqualTo(garbage);
            assertThat(dead.key()).isEqualTo("P1");
            assertThat(headers.get("kafka_dlt-original-topic")).isEqualTo(TOPIC);
            assertThat(headers)
                    .containsKeys(
                            "kafka_dlt-original-partition",
                            "kafka_dlt-original-offset",
                            "kafka_dlt-exception-fqcn",
                            "kafka_dlt-exception-message",
                            "kafka_dlt-exception-stacktrace");
            assertThat(headers.get("kafka_dlt-exception-stacktrace")).contains("SerializationException");
        }
        assertThat(listener.applied)
                .extracting(InstitutionRegistered::getNameEn)
                .containsSubsequence("BEFORE", "AFTER");
    }

    @Test
    void aTransientFailureIsRetriedAndThenApplied() throws Exception {
        listener.transientFailures.set(2);
        send("F1", event("FLAKY"));

        await().atMost(Duration.ofSeconds(60)).until(() -> listener.applied.stream()
                .anyMatch(e -> e.getNameEn().equals("FLAKY")));
        assertThat(listener.attempts.get()).isEqualTo(3);
    }

    @Test
    void aDatabaseOutageStallsThePartitionInsteadOfDeadLetteringTheBatch() throws Exception {
        listener.outageFailures.set(4); // more failures than the 3 retries a bad record gets
        send("O1", event("DB-DOWN"));
        send("O1", event("AFTER-OUTAGE"));

        await().atMost(Duration.ofSeconds(40)).until(() -> listener.applied.stream()
                .anyMatch(e -> e.getNameEn().equals("AFTER-OUTAGE")));
        // four failures, then applied: past the 3 retries after which a bad record is dead-lettered (at least
        // five: a batch redelivered after a rebalance on a busy machine is applied once more)
        assertThat(listener.outageAttempts.get()).isGreaterThanOrEqualTo(5);
        assertThat(listener.applied)
                .extracting(InstitutionRegistered::getNameEn)
                .containsSubsequence("DB-DOWN", "AFTER-OUTAGE");
        try (TopicReader dlt = new TopicReader(ConsumedTopics.deadLetterTopic(TOPIC))) {
            assertThat(dlt.pollFor(Duration.ofSeconds(2))).noneMatch(r -> "O1".equals(r.key()));
        }
    }

    @Test
    void aFaultOfTheCodeStallsThePartitionInsteadOfDeadLetteringTheBatch() throws Exception {
        listener.codeFailures.set(4); // more failures than the 3 retries a bad record gets
        send("S1", event("BEFORE-BAD-SQL"));
        send("S1", event("BAD-SQL"));
        send("S1", event("AFTER-BAD-SQL"));

        await().atMost(Duration.ofSeconds(40)).until(() -> listener.applied.stream()
                .anyMatch(e -> e.getNameEn().equals("AFTER-BAD-SQL")));
        // four failures, then applied: past the 3 retries after which a bad record is dead-lettered (at least
        // five: a batch redelivered after a rebalance on a busy machine is applied once more)
        assertThat(listener.codeAttempts.get()).isGreaterThanOrEqualTo(5);
        assertThat(listener.applied)
                .extracting(InstitutionRegistered::getNameEn)
                .containsSubsequence("BAD-SQL", "AFTER-BAD-SQL");
        try (TopicReader dlt = new TopicReader(ConsumedTopics.deadLetterTopic(TOPIC))) {
            assertThat(dlt.pollFor(Duration.ofSeconds(2))).noneMatch(r -> "S1".equals(r.key()));
        }
    }

    @Test
    void aRecordNamedOnceAStallEndsGoesToTheDeadLetterTopicAloneAndTheRestIsApplied() throws Exception {
        listener.outageThenPoison.set(2);
        send("Q1", event("DOWN-THEN-POISON"));
        send("Q1", event("AFTER-STALL"));

        await().atMost(Duration.ofSeconds(40)).until(() -> listener.applied.stream()
                .anyMatch(e -> e.getNameEn().equals("AFTER-STALL")));
        try (TopicReader dlt = new TopicReader(ConsumedTopics.deadLetterTopic(TOPIC))) {
            var dead = dlt.pollFor(Duration.ofSeconds(2)).stream()
                    .filter(r -> "Q1".equals(r.key()))
                    .toList();
            assertThat(dead).hasSize(1);
            assertThat(headers(dead.getFirst()).get("kafka_dlt-exception-message"))
                    .contains("poison once the database is back");
        }
    }

    @Test
    void declaresTheDeadLetterTopicWithTwelvePartitions() throws Exception {
        try (Admin admin = Admin.create(
                Map.of("bootstrap.servers", LocalStack.shared().kafka().bootstrapServers()))) {
            var description = admin.describeTopics(List.of(ConsumedTopics.deadLetterTopic(TOPIC)))
                    .allTopicNames()
                    .get()
                    .get(ConsumedTopics.deadLetterTopic(TOPIC));
            assertThat(description.partitions()).hasSize(12);
        }
    }

    private void send(String key, InstitutionRegistered event) throws Exception {
        producer.send(new ProducerRecord<>(TOPIC, key, serializer.serialize(TOPIC, event)))
                .get();
    }

    private InstitutionRegistered event(String name) {
        return InstitutionRegistered.newBuilder()
                .setMeta(metadata.next())
                .setInstitutionCode("DLT")
                .setNameEn(name)
                .setNameAr(name)
                .setGovernorate(Governorate.MUSCAT)
                .setSector(Sector.OTHER)
                .build();
    }

    private static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        var headers = new java.util.LinkedHashMap<String, String>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return headers;
    }
}
