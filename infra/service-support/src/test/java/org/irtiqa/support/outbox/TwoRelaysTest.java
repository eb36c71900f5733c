package org.irtiqa.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.schemas.serde.AvroDeserializer;
import org.irtiqa.support.testapp.Institutions;
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Two relays over one outbox (as two instances of a service would run): they share the shards,
 * which are never owned by both, every row is sent exactly once, and every key's events arrive in the order they were
 * written, also when one relay stops in the middle and the other takes its shards over. A row is
 * sent twice only after a send failed (the relay cannot tell whether a timed-out send arrived).
 */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "irtiqa.test.database=two_relays_test",
            "test.topic=test.outbox.two-relays.v1",
            "irtiqa.outbox.poll-interval=200ms"
        })
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class TwoRelaysTest {

    static final int KEYS = 8;
    static final int PER_WRITER = 150;
    static final int WRITERS = 4;

    @Autowired
    Institutions institutions;

    @Autowired
    OutboxRelay first;

    @Autowired
    DataSource dataSource;

    @Autowired
    ObjectProvider<DataSourceProperties> dataSourceProperties;

    @Autowired
    KafkaProperties kafka;

    @Autowired
    OutboxProperties properties;

    @Autowired
    AvroDeserializer deserializer;

    @Test
    void twoRelaysSendEveryRowOnceAndKeepEveryKeysOrderAcrossAHandover() throws Exception {
        OutboxRelay second = new OutboxRelay(
                OutboxAutoConfiguration.directConnections(dataSource, dataSourceProperties),
                OutboxAutoConfiguration.producers(
                        kafka, "second", properties.relay().sendTimeout()),
                properties);
        second.start();
        await("the two relays share the 16 shards")
                .atMost(Duration.ofSeconds(60))
                .until(() ->
                        first.ownedShards().size() == 8 && second.ownedShards().size() == 8);
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        Set<Integer> overlap = Collections.synchronizedSet(new HashSet<>());
        try (TopicReader reader = new TopicReader(institutions.topic());
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < PER_WRITER; i++) {
                        // one writer per key, as a service serializes writes to one aggregate
                        String key = "K" + (writer * 2 + i % 2);
                        String code = key + "-" + writer + "-" + i;
                        institutions.registerAs(key, code, code, "x");
                        written.add(code);
                        Set<Integer> both = new HashSet<>(first.ownedShards());
                        both.retainAll(second.ownedShards());
                        overlap.addAll(both);
                        if (writer == 0 && i == PER_WRITER / 2) {
                            first.stop(); // hand every shard over mid-stream
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            int total = WRITERS * PER_WRITER;
            reader.awaitAtLeast(total, Duration.ofSeconds(60));
            List<ConsumerRecord<String, byte[]>> records = reader.pollFor(Duration.ofSeconds(1));

            // at-least-once: a send that timed out may still have reached Kafka and is sent
            // again; consumers drop the copy by eventId, so order is judged on first arrivals
            Map<String, List<String>> byKey = new LinkedHashMap<>();
            Set<String> arrived = new HashSet<>();
            for (ConsumerRecord<String, byte[]> r : records) {
                var event = (InstitutionRegistered) deserializer.deserialize(r.topic(), r.value());
                if (arrived.add(event.getInstitutionCode())) {
                    byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(event.getInstitutionCode());
                }
            }
            assertThat(overlap).as("shards owned by both relays").isEmpty();
            assertThat(arrived).as("every row sent").containsExactlyInAnyOrderElementsOf(written);
            if (first.failedCycleCount() + second.failedCycleCount() == 0) {
                assertThat(records)
                        .as("no send failed, so no row was sent twice")
                        .hasSize(total);
            }
            assertThat(second.sentCount()).as("the second relay took over").isPositive();
            for (var entry : byKey.entrySet()) {
                List<String> expected = written.stream()
                        .filter(c -> c.startsWith(entry.getKey() + "-"))
                        .toList();
                assertThat(entry.getValue())
                        .as("events of key " + entry.getKey())
                        .containsExactlyElementsOf(expected);
            }
        } finally {
            second.stop();
        }
    }
}
