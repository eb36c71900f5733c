package org.irtiqa.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The broker of {@link KafkaBroker#withSaslScram}: a writer creates and writes its topic and a
 * reader of the table reads it in its own group, with their SCRAM credentials; what the table does
 * not grant, or a wrong password, is refused by the broker itself.
 */
class SaslScramKafkaTest {

    private static final String COHORTS = "registration.cohorts.v1";
    private static KafkaBroker kafka;

    @BeforeAll
    static void start() {
        kafka = LocalStack.startSaslScramKafka(Path.of("target", "local-stack").toAbsolutePath());
    }

    @AfterAll
    static void stop() {
        kafka.stop();
    }

    @Test
    void aWriterCreatesAndWritesItsTopicAndAReaderReadsItInItsOwnGroup() throws Exception {
        KafkaCredentials registration = kafka.credentials(KafkaAcls.REGISTRATION);
        try (Admin admin = Admin.create(client(registration))) {
            admin.createTopics(List.of(new NewTopic(COHORTS, 2, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
        try (var producer = producer(registration)) {
            producer.send(new ProducerRecord<>(COHORTS, "C1", "created")).get(30, TimeUnit.SECONDS);
        }

        ConsumerRecord<String, String> read =
                readOne(kafka.credentials(KafkaAcls.SCHEDULING), "scheduling-roster-test", COHORTS);

        assertThat(read.value()).isEqualTo("created");
    }

    @Test
    void aServiceIsRefusedAnotherServicesTopicAndGroup() {
        try (var producer = producer(kafka.credentials(KafkaAcls.REGISTRATION))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("scheduling.sessions.v1", "C1", "forged"))
                            .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(TopicAuthorizationException.class);
        }
        assertThatThrownBy(() -> readOne(kafka.credentials(KafkaAcls.SCHEDULING), "analytics-intake", COHORTS))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void aWrongPasswordIsRefused() {
        KafkaCredentials wrong = kafka.credentials(KafkaAcls.ANALYTICS).withPassword("not-the-password");
        try (Admin admin = Admin.create(client(wrong))) {
            assertThatThrownBy(() -> admin.describeCluster().nodes().get(15, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static Map<String, Object> client(KafkaCredentials credentials) {
        Map<String, Object> config = new HashMap<>(credentials.clientProperties());
        config.put("bootstrap.servers", kafka.bootstrapServers());
        return config;
    }

    private static KafkaProducer<String, String> producer(KafkaCredentials credentials) {
        Map<String, Object> config = client(credentials);
        config.put("max.block.ms", 15_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static ConsumerRecord<String, String> readOne(KafkaCredentials credentials, String group, String topic) {
        Map<String, Object> config = client(credentials);
        config.put("group.id", group);
        config.put("auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    return records.iterator().next();
                }
            }
        }
        throw new AssertionError("nothing read from " + topic + " within 30 s");
    }
}
