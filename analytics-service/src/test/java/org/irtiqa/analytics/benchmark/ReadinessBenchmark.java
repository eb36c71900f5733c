package org.irtiqa.analytics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.irtiqa.analytics.readiness.ReadinessPublisher;
import org.irtiqa.analytics.system.Topics;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.ContextConfiguration;

/**
 * Not a timed test but a benchmark, run on demand:
 * {@code mvn -pl analytics-service verify -Dtest=ReadinessBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * Loads {@link BenchmarkLoad}'s million-odd events into Kafka, reads them with a plain consumer
 * (the raw rate), then starts the service's intake and measures events per second until every
 * event is applied and the figures published, on the same broker in the same run. Results in {@code target/benchmark.txt}.
 */
@Tag("isolated")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(properties = {"spring.kafka.listener.auto-startup=false", "irtiqa.test.database=analytics_bench"})
@ContextConfiguration(initializers = LocalStackInitializer.class)
class ReadinessBenchmark {

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ReadinessPublisher publisher;

    @Test
    void measuresIntakeAgainstARawConsumer() throws Exception {
        long loadStarted = System.nanoTime();
        long events;
        try (BenchmarkLoad load = new BenchmarkLoad()) {
            events = load.sendAll();
        }
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        assertThat(events).isGreaterThanOrEqualTo(1_000_000);

        double rawBefore = RawConsumer.rate(Topics.INPUTS);
        long started = System.nanoTime();
        listeners.getListenerContainer("analytics-intake").start();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStack.shared().kafka().bootstrapServers()))) {
            // offsets commit after each batch's transaction; then the last figures are published
            await().atMost(Duration.ofMinutes(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> committed(admin) >= events && publisher.nothingPending());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double analytics = events / seconds;
        double rawAfter = RawConsumer.rate(Topics.INPUTS);
        double raw = (rawBefore + rawAfter) / 2;

        assertThat(jdbc.sql("select count(*) from processed_event")
                        .query(Long.class)
                        .single())
                .isEqualTo(events);
        String report = String.format(
                Locale.ROOT,
                """
                events: %d (loaded in %.1f s)
                raw consumer: %.0f events/s (before: %.0f, after: %.0f)
                analytics intake until every event applied and published: %.0f events/s (%.1f s)
                ratio analytics/raw: %.3f
                time per phase (s): %s
                """,
                events,
                loadSeconds,
                raw,
                rawBefore,
                rawAfter,
                analytics,
                seconds,
                analytics / raw,
                phases());
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark.txt"), report);
    }

    private String phases() {
        StringBuilder out = new StringBuilder();
        meters.find("analytics.intake.phase")
                .timers()
                .forEach(t -> out.append(String.format(
                        Locale.ROOT,
                        "%s %.1f (%d×) ",
                        t.getId().getTag("phase"),
                        t.totalTime(TimeUnit.SECONDS),
                        t.count())));
        return out.toString().trim();
    }

    /** Cheap to ask, unlike a count(*) of the dedup table, which would compete with the intake for the CPU. */
    private static long committed(Admin admin) throws Exception {
        return admin
                .listConsumerGroupOffsets("analytics-intake")
                .partitionsToOffsetAndMetadata()
                .get()
                .values()
                .stream()
                .mapToLong(OffsetAndMetadata::offset)
                .sum();
    }
}
