package org.irtiqa.analytics.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.irtiqa.analytics.rebuild.IntakeState;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.EventSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.ContextConfiguration;

/**
 * The intake's consumers apply their batches side by side: with four of them and a backlog on
 * every partition, PostgreSQL shows at some moment more than one transaction holding the intake's
 * apply lock (shared) at once, which the lock, exclusive for every batch before, never allowed.
 * Looks at the real locks ({@code pg_locks}), not at a copy of them. The figures' exactness under
 * concurrency is {@code ReadinessPropertyTest}'s. Isolated: another context's intake in the same
 * group would take partitions.
 */
@Tag("isolated")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "irtiqa.consumer.concurrency=4")
@ContextConfiguration(initializers = LocalStackInitializer.class)
class ConcurrentBatchesTest {

    /** {@code IntakeState}'s apply lock, as pg_locks shows a 64-bit advisory key: its two halves. */
    private static final String APPLY_LOCK_HELD_SHARED = """
            select count(*) from pg_locks
            where locktype = 'advisory' and granted and mode = 'ShareLock'
              and classid = x'69727469'::int::oid and objid = x'71610001'::int::oid and objsubid = 1
              and database = (select oid from pg_database where datname = current_database())""";

    private static final EventSender sender = new EventSender();

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void close() {
        sender.close();
    }

    @Test
    void batchesOfDifferentConsumersHoldTheApplyLockAtTheSameTime() {
        MessageListenerContainer intake = listeners.getListenerContainer(IntakeState.LISTENER_ID);
        assertThat(((ConcurrentMessageListenerContainer<?, ?>) intake).getConcurrency())
                .isEqualTo(4);
        intake.stop(); // a backlog first, so that every consumer starts on full batches
        long seed = System.nanoTime();
        for (int round = 0; round < 6; round++) {
            for (TestEvents.Sent event : RandomProgramme.generate(seed + round, "CB" + round + "-")) {
                sender.sendWithoutWaiting(event.topic(), event.key(), event.event());
            }
        }
        sender.awaitAcknowledged();
        // joined paused, so that no consumer drains the backlog alone before the others have
        // their partitions (the first to join is given all of them until the group rebalances)
        intake.pause();
        intake.start();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> intake.getAssignmentsByClientId() != null
                        && intake.getAssignmentsByClientId().values().stream()
                                        .filter(assigned -> !assigned.isEmpty())
                                        .count()
                                == 4);
        intake.resume();

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(2))
                .until(() -> jdbc.sql(APPLY_LOCK_HELD_SHARED).query(Long.class).single() >= 2);
    }
}
