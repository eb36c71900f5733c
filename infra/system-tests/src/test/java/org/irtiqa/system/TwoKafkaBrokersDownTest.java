package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.irtiqa.demo.Programme;
import org.irtiqa.localstack.KafkaBroker;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.schemas.EventTypes;
import org.junit.jupiter.api.Test;

/**
 * Two of the three brokers killed, the second while the first is down: with one replica left no
 * write reaches min.insync.replicas=2, so registration keeps answering and its events wait in the
 * outbox (consumers' offset commits fail meanwhile too). Once one broker is back, two in sync are
 * enough: everything flows, the outbox empties and the figures are exact, the other still down.
 */
class TwoKafkaBrokersDownTest {

    private final Platform platform = Platform.shared();

    @Test
    void writesWaitInTheOutboxWhileTwoBrokersAreDownAndFlowOnceOneIsBack() throws Exception {
        Programme programme = Programmes.generate("K2", 43, 3, 4);
        Programmes.Background load = Programmes.loadInBackground(platform, programme);
        load.awaitStages(1);
        KafkaBroker first = Partitions.leaderOfBusiest(EventTypes.INSTITUTIONS);
        first.kill();
        KafkaBroker second = null;
        try {
            load.awaitStages(2); // participants written on two brokers
            // at once, before the enrolments (1–2 s of writes) are through: waiting for the
            // leadership to move let the whole stage pass on two brokers
            second = LocalStack.shared().kafka().brokers().stream()
                    .filter(broker -> broker != first)
                    .findFirst()
                    .orElseThrow();
            second.kill();
            System.out.printf("K2 killed brokers %d and %d%n", first.nodeId(), second.nodeId());
            load.awaitStages(3); // enrolments answered with one broker left

            assertThat(Partitions.registrationOutbox())
                    .as("registration's events waiting in the outbox, one broker left")
                    .isPositive();
            first.restart();
            load.awaitDone();

            Expectations.awaitAnalyticsMatchesLedger(platform.api("analytics-service"));
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(Partitions.registrationOutbox())
                    .as("registration's outbox, two brokers back")
                    .isZero());
        } finally {
            LocalStack.shared().kafka().start(); // whichever is still down
        }
        Partitions.awaitFullyReplicated(EventTypes.PARTICIPANTS, EventTypes.ENROLMENTS);
        Expectations.assertNothingDeadLettered(platform);
    }
}
