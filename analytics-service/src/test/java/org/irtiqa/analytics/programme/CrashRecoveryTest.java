package org.irtiqa.analytics.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.irtiqa.demo.reference.ReferenceFigures;
import org.irtiqa.demo.reference.ReferenceState;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.analytics.InstitutionReadinessChanged;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.testkit.EventSender;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the service while it is inside a batch's transaction, then a restart: the figures
 * (and the last readiness event per institution) are exactly those of every event applied once.
 * Isolated: it checks programme figures, so no other test's events may be on its broker.
 */
@Tag("isolated")
class CrashRecoveryTest {

    private static final String DATABASE = "analytics_crash";

    @Test
    void figuresAreExactAfterAKillMidBatchAndARestart() throws Exception {
        long seed = Long.getLong("readiness.seed", System.nanoTime());
        System.out.println("CrashRecoveryTest seed: " + seed);
        ReferenceState reference = new ReferenceState();
        Set<UUID> distinct = new HashSet<>();
        try (EventSender sender = new EventSender()) {
            for (int round = 0; round < 30; round++) {
                for (TestEvents.Sent event : RandomProgramme.generate(seed + round, "K" + round)) {
                    sender.sendWithoutWaiting(event.topic(), event.key(), event.event());
                    ReferenceEvents.fold(reference, event.event());
                    distinct.add(((EventMetadata) event.event().get(0)).getEventId());
                }
            }
        }
        Path logs = Files.createDirectories(Path.of("target", "crash"));
        // small batches: many transactions, so the kill lands inside one
        AnalyticsProcess first = AnalyticsProcess.start(
                DATABASE, logs.resolve("first.log"), "--spring.kafka.consumer.max-poll-records=100");
        try (Connection db = DriverManager.getConnection(
                LocalStack.shared().postgres().jdbcUrl(DATABASE),
                LocalStack.shared().postgres().username(),
                LocalStack.shared().postgres().password())) {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> applied(db) > distinct.size() / 3 && batchInFlight(db));
            first.kill();
            long appliedAtKill = applied(db);
            System.out.printf("killed with %d of %d events applied%n", appliedAtKill, distinct.size());
            assertThat(appliedAtKill).isLessThan(distinct.size());

            AnalyticsProcess second = AnalyticsProcess.start(DATABASE, logs.resolve("second.log"));
            try {
                await().atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofSeconds(1))
                        .untilAsserted(
                                () -> ServedFigures.assertMatch(second.url(), reference, "after kill, seed " + seed));
                assertThat(applied(db)).isEqualTo(distinct.size());
                assertLastPublishedFiguresMatch(reference);
            } finally {
                second.stop();
            }
        }
    }

    /** The compacted topic's last value per institution carries the final figures. */
    private static void assertLastPublishedFiguresMatch(ReferenceState reference) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    Map<String, InstitutionReadinessChanged> last = new HashMap<>();
                    TopicReader.all("analytics.readiness.v1", true)
                            .forEach(e -> last.put(e.key(), (InstitutionReadinessChanged) e.value()));
                    assertThat(last.keySet())
                            .containsExactlyInAnyOrderElementsOf(
                                    reference.institutions().keySet());
                    reference.institutions().keySet().forEach(code -> {
                        var expected = ReferenceFigures.of(reference, e -> code.equals(e.institution()), Set.of(code));
                        assertThat(last.get(code).getReadinessIndex()).as(code).isEqualTo(expected.readinessIndex());
                        assertThat((long) last.get(code).getEnrolled()).as(code).isEqualTo(expected.enrolled());
                        assertThat(last.get(code).getAttended()).as(code).isEqualTo(expected.attended());
                        assertThat(last.get(code).getAsOf()).as(code).isEqualTo(expected.lastEventAt());
                    });
                });
    }

    private static long applied(Connection db) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery("select count(*) from processed_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Another session of this database is inside a transaction: a batch is being applied. */
    private static boolean batchInFlight(Connection db) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery("""
                select count(*) from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid()
                  and xact_start is not null and query like '%unnest%'""")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }
}
