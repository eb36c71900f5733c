package org.irtiqa.support.outbox;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.kafka.common.header.Header;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.support.testapp.Institutions;
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test but a benchmark, run on demand:
 * {@code mvn -pl infra/service-support test -Dtest=RelayBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * What the relay does on the real broker and database: how fast one relay drains a backlog of
 * {@value #BACKLOG} rows over {@value #KEYS} keys (all 16 shards; rows/s from start to an empty
 * outbox), and the commit-to-consumed latency of single writes woken by NOTIFY (the poll interval
 * is a minute). Phase timers, printed; nothing asserted.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "irtiqa.test.database=outbox_relay_benchmark",
            "test.topic=test.outbox.benchmark.v1",
            "irtiqa.outbox.relay.enabled=false",
            "irtiqa.outbox.poll-interval=60s"
        })
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class RelayBenchmark {

    static final int BACKLOG = 5_000;
    static final int KEYS = 200;
    static final int ROUNDS = 3;
    static final int SINGLE_WRITES = 40;

    @Autowired
    Institutions institutions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    ObjectProvider<DataSourceProperties> dataSourceProperties;

    @Autowired
    KafkaProperties kafka;

    @Autowired
    OutboxProperties properties;

    @Test
    void measuresBacklogDrainAndNotifyLatency() {
        StringBuilder report = new StringBuilder();
        int written = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            written = writeBacklog(written);
            OutboxRelay relay = relay();
            long start = System.nanoTime();
            relay.start();
            try {
                await().atMost(Duration.ofMinutes(5))
                        .pollInterval(Duration.ofMillis(5))
                        .until(() -> pending() == 0);
                double seconds = (System.nanoTime() - start) / 1e9;
                report.append(String.format(
                        Locale.ROOT,
                        "round %d: %d rows drained in %.2f s, %.0f rows/s%n",
                        round,
                        BACKLOG,
                        seconds,
                        BACKLOG / seconds));
            } finally {
                relay.stop();
            }
        }
        OutboxRelay relay = relay();
        relay.start();
        try (TopicReader reader = new TopicReader(institutions.topic())) {
            reader.pollFor(Duration.ofSeconds(2));
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < SINGLE_WRITES; i++) {
                long start = System.nanoTime();
                String id = institutions
                        .registerAs("LAT-" + i, "LAT-" + i, "latency " + i, "x")
                        .getMeta()
                        .getEventId()
                        .toString();
                await().atMost(Duration.ofSeconds(20))
                        .pollInterval(Duration.ofMillis(1))
                        .until(() -> reader.poll().stream().anyMatch(r -> id.equals(ceId(r))));
                latencies.add((System.nanoTime() - start) / 1_000_000);
            }
            List<Long> sorted = latencies.stream().sorted().toList();
            report.append(String.format(
                    Locale.ROOT,
                    "NOTIFY commit-to-consumed latency over %d writes: median %d ms, p90 %d ms, max %d ms%n",
                    SINGLE_WRITES,
                    sorted.get(sorted.size() / 2),
                    sorted.get(sorted.size() * 9 / 10),
                    sorted.getLast()));
        } finally {
            relay.stop();
        }
        System.out.print("RelayBenchmark\n" + report);
    }

    private int writeBacklog(int from) {
        for (int batch = 0; batch < BACKLOG / 500; batch++) {
            int first = from + batch * 500;
            transactions.executeWithoutResult(status -> {
                for (int i = first; i < first + 500; i++) {
                    String key = "BENCH-" + (i % KEYS);
                    institutions.registerAs(key, "BENCH-" + i, "bench " + i, "x");
                }
            });
        }
        return from + BACKLOG;
    }

    private OutboxRelay relay() {
        DirectConnections connections = OutboxAutoConfiguration.directConnections(dataSource, dataSourceProperties);
        return new OutboxRelay(
                connections,
                OutboxAutoConfiguration.producers(
                        kafka,
                        OutboxAutoConfiguration.transactionalIdPrefix("benchmark", connections),
                        properties.relay().sendTimeout()),
                properties);
    }

    private long pending() {
        return jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single();
    }

    private static String ceId(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("ce_id");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
