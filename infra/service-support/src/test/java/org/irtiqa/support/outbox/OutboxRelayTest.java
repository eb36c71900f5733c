package org.irtiqa.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.schemas.serde.AvroDeserializer;
import org.irtiqa.support.testapp.Institutions;
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * The outbox against real PostgreSQL, Kafka and registry. The poll interval is a minute, so any
 * delivery faster than that was woken by NOTIFY.
 */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "irtiqa.test.database=outbox_relay_test",
            "test.topic=test.outbox.relay.v1",
            "irtiqa.outbox.poll-interval=60s",
            "irtiqa.outbox.relay.send-timeout=2s"
        })
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class OutboxRelayTest {

    @Autowired
    Institutions institutions;

    @Autowired
    Outbox outbox;

    @Autowired
    AvroDeserializer deserializer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tracer tracer;

    @Autowired
    OutboxRelay relay;

    @Test
    void deliversAnOutboxRowAsAKafkaRecordWithKeyCloudEventHeadersAndWireBytes() {
        try (TopicReader reader = new TopicReader(institutions.topic())) {
            InstitutionRegistered sent = institutions.register("MOH", "Ministry of Health", "وزارة الصحة");

            ConsumerRecord<String, byte[]> record = find(reader, sent, Duration.ofSeconds(10));

            assertThat(record.key()).isEqualTo("MOH");
            assertThat(record.value()[0]).isZero(); // Confluent magic byte
            assertThat(deserializer.deserialize(record.topic(), record.value())).isEqualTo(sent);
            Map<String, String> headers = headers(record);
            assertThat(headers)
                    .containsEntry("ce_specversion", "1.0")
                    .containsEntry("ce_id", sent.getMeta().getEventId().toString())
                    .containsEntry("ce_source", "/irtiqa/support-test")
                    .containsEntry("ce_type", "org.irtiqa.events.registration.InstitutionRegistered")
                    .containsEntry("ce_time", sent.getMeta().getOccurredAt().toString())
                    .containsEntry("content-type", "application/avro");
            assertThat(record.timestamp())
                    .isEqualTo(sent.getMeta().getOccurredAt().toEpochMilli());
            await().atMost(Duration.ofSeconds(60)).until(() -> pending() == 0);
        }
    }

    @Test
    void anEventWrittenInsideATraceCarriesItsTraceparentAndOneWrittenOutsideNone() {
        try (TopicReader reader = new TopicReader(institutions.topic())) {
            Span span = tracer.nextSpan().name("register").start();
            InstitutionRegistered traced;
            try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                traced = institutions.register("TRACED", "Traced", "x");
            } finally {
                span.end();
            }
            InstitutionRegistered untraced = institutions.register("UNTRACED", "Untraced", "x");

            assertThat(headers(find(reader, traced, Duration.ofSeconds(20))).get("traceparent"))
                    .matches("00-" + span.context().traceId() + "-"
                            + span.context().spanId() + "-0[01]");
            assertThat(headers(find(reader, untraced, Duration.ofSeconds(20)))).doesNotContainKey("traceparent");
        }
    }

    @Test
    void notifyWakesTheRelayWellWithinThePollInterval() {
        try (TopicReader reader = new TopicReader(institutions.topic())) {
            reader.poll();
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long start = System.nanoTime();
                InstitutionRegistered sent = institutions.register("N" + i, "Notified " + i, "ن");
                // a relay that missed the NOTIFY would only look again after the 60 s poll interval
                find(reader, sent, Duration.ofSeconds(20));
                latencies.add((System.nanoTime() - start) / 1_000_000);
            }
            System.out.println("outbox commit-to-consumed latency (ms), poll interval 60 s: " + latencies);
        }
    }

    @Test
    void theRelayReconnectsWhenItsDatabaseConnectionsAreKilled() {
        try (TopicReader reader = new TopicReader(institutions.topic())) {
            List<Boolean> killed = jdbc.sql("""
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                    WHERE datname = current_database() AND application_name LIKE 'irtiqa-outbox-%'""").query(Boolean.class).list();
            assertThat(killed).as("the relay's and the listener's connections").hasSize(2);

            InstitutionRegistered sent = institutions.register("RECONNECT", "After a kill", "x");

            find(reader, sent, Duration.ofSeconds(15));
        }
    }

    @Test
    void refusesToAppendOutsideATransaction() {
        InstitutionRegistered event = institutions.register("TX1", "x", "x");
        assertThatThrownBy(() -> outbox.append(institutions.topic(), "TX1", event))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aRolledBackTransactionLeavesNoEvent() {
        long before = jdbc.sql("SELECT count(*) FROM outbox WHERE record_key = 'RB1'")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> institutions.registerThenFail("RB1")).isInstanceOf(IllegalStateException.class);
        long after = jdbc.sql("SELECT count(*) FROM outbox WHERE record_key = 'RB1'")
                .query(Long.class)
                .single();
        assertThat(before).isZero();
        assertThat(after).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM institution WHERE code = 'RB1'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void writesKeepCommittingWhileKafkaIsDownAndEveryEventGoesOutInKeyOrderOnceItIsBack() throws Exception {
        var kafka = LocalStack.shared().kafka();
        List<InstitutionRegistered> sent = new ArrayList<>();
        try (TopicReader reader = new TopicReader(institutions.topic())) {
            int already = reader.awaitAtLeast(0, Duration.ofSeconds(1)).size();
            kafka.stop();
            try {
                long start = System.nanoTime();
                for (int i = 0; i < 30; i++) {
                    String key = "DOWN-" + (i % 3);
                    sent.add(institutions.registerAs(key, key + "-" + i, "seq " + i, "x"));
                }
                long writeMillis = (System.nanoTime() - start) / 1_000_000;
                // a write that waited for Kafka would wait max.block.ms (5 s): 30 of them, 150 s
                assertThat(writeMillis).as("30 commits with Kafka down").isLessThan(30_000);
                assertThat(pending()).isEqualTo(30);
                // let the sends time out, so the shards go through back-off and retry
                long failuresBefore = relay.failedCycleCount();
                await().atMost(Duration.ofSeconds(20)).until(() -> relay.failedCycleCount() > failuresBefore);
            } finally {
                kafka.start();
            }
            List<ConsumerRecord<String, byte[]>> all = reader.awaitAtLeast(already + 30, Duration.ofSeconds(60));
            Map<String, List<String>> byKey = new LinkedHashMap<>();
            for (ConsumerRecord<String, byte[]> r : all) {
                if (r.key().startsWith("DOWN-")) {
                    var event = (InstitutionRegistered) deserializer.deserialize(r.topic(), r.value());
                    byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(event.getInstitutionCode());
                }
            }
            for (int k = 0; k < 3; k++) {
                String key = "DOWN-" + k;
                List<String> expected = sent.stream()
                        .map(InstitutionRegistered::getInstitutionCode)
                        .filter(c -> c.startsWith(key + "-"))
                        .toList();
                // what a deduplicating consumer sees: each event's first copy, in the written order
                assertThat(byKey.get(key).stream().distinct().toList())
                        .as("order of key " + key)
                        .containsExactlyElementsOf(expected);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> pending() == 0);
        }
    }

    private long pending() {
        return jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single();
    }

    private ConsumerRecord<String, byte[]> find(TopicReader reader, InstitutionRegistered event, Duration timeout) {
        String id = event.getMeta().getEventId().toString();
        await().atMost(timeout).pollInterval(Duration.ofMillis(1)).until(() -> reader.poll().stream()
                .anyMatch(r -> id.equals(headers(r).get("ce_id"))));
        return reader.poll().stream()
                .filter(r -> id.equals(headers(r).get("ce_id")))
                .findFirst()
                .orElseThrow();
    }

    static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
