package org.irtiqa.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The three real servers of the shared stack answer as clients expect them to. */
class LocalStackTest {

    private static final LocalStack STACK = LocalStack.shared();

    @Test
    void postgresCreatesDatabasesIdempotentlyAndAnswersQueries() throws Exception {
        PostgresServer postgres = STACK.postgres();
        postgres.createDatabase("readiness_test");
        postgres.createDatabase("readiness_test");
        try (Connection connection = postgres.connect("readiness_test");
                ResultSet rs = connection.createStatement().executeQuery("SELECT current_database(), version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("readiness_test");
            assertThat(rs.getString(2)).startsWith("PostgreSQL 17");
        }
    }

    @Test
    void kafkaKeepsCommittedRecordsAcrossKillAndRestart() throws Exception {
        KafkaCluster kafka = STACK.kafka();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("local-stack.test", 3, (short) 1)))
                    .all()
                    .get();
        }
        try (var producer = new KafkaProducer<>(clientConfig(kafka), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("local-stack.test", "cohort-1", "enrolled"))
                    .get();
        }
        assertThat(consumeOne(kafka).value()).isEqualTo("enrolled");

        long killed = System.nanoTime();
        kafka.kill();
        kafka.restart();
        System.out.printf("local-stack: Kafka killed and back in %d ms%n", (System.nanoTime() - killed) / 1_000_000);

        assertThat(consumeOne(kafka).key()).isEqualTo("cohort-1");
    }

    @Test
    void registryRefusesAnIncompatibleSchemaBecauseCompatibilityIsFullTransitive() throws Exception {
        String subject = STACK.registry().confluentApiUrl() + "/subjects/local-stack.test-value/versions";
        HttpResponse<String> first = register(subject, """
                {"type":"record","name":"Enrolled","fields":[{"name":"cohort","type":"string"}]}""");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).matches("\\{\"id\":\\d+}");

        // A new field without a default: new readers cannot read old data, so not BACKWARD, not FULL.
        HttpResponse<String> second = register(subject, """
                {"type":"record","name":"Enrolled","fields":[{"name":"cohort","type":"string"},
                 {"name":"institution","type":"string"}]}""");
        assertThat(second.statusCode()).isEqualTo(409);
    }

    private static HttpResponse<String> register(String url, String schema) throws Exception {
        String body = "{\"schema\":\"" + schema.replace("\n", "").replace("\"", "\\\"") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static ConsumerRecord<String, String> consumeOne(KafkaCluster kafka) {
        Properties config = clientConfig(kafka);
        config.put("auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("local-stack.test"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    return records.iterator().next();
                }
            }
        }
        throw new AssertionError("no record within 30 s");
    }

    private static Properties clientConfig(KafkaCluster kafka) {
        Properties config = new Properties();
        config.put("bootstrap.servers", kafka.bootstrapServers());
        config.put("group.id", "local-stack-test-" + System.nanoTime());
        config.put("acks", "all");
        return config;
    }
}
