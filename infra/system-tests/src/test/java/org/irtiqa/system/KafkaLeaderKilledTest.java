package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.irtiqa.demo.Programme;
import org.irtiqa.localstack.KafkaBroker;
import org.irtiqa.localstack.KafkaCluster;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.schemas.EventTypes;
import org.junit.jupiter.api.Test;

/**
 * On the three-broker cluster (replication 3, min ISR 2), the leader of the busiest participants
 * partition killed with SIGKILL while registration writes, scheduling writes after it and
 * analytics takes events in: the other two carry everything, so the whole programme reaches
 * analytics with that broker still down. It is then restarted and catches up every replica.
 */
class KafkaLeaderKilledTest {

    private final Platform platform = Platform.shared();

    @Test
    void figuresAreExactWhileTheLeaderOfABusyPartitionIsDownAndAfterItIsBack() throws Exception {
        KafkaCluster kafka = LocalStack.shared().kafka();
        assertThat(kafka.size()).as("brokers of the system tests' stack").isEqualTo(3);
        Programme programme = Programmes.generate("KL", 41, 3, 4);
        Programmes.Background load = Programmes.loadInBackground(platform, programme);
        load.awaitStages(2); // participants written: their partitions are busy, enrolments follow
        KafkaBroker leader = Partitions.leaderOfBusiest(EventTypes.PARTICIPANTS);
        leader.kill();
        try {
            System.out.printf(
                    "KL killed broker %d, the leader of the busiest participants partition%n", leader.nodeId());
            load.awaitDone(); // enrolments, then scheduling's sessions, attendance and assessments

            Expectations.awaitAnalyticsMatchesLedger(platform.api("analytics-service"));
        } finally {
            leader.restart();
        }
        Partitions.awaitFullyReplicated(EventTypes.PARTICIPANTS, EventTypes.ENROLMENTS, EventTypes.ATTENDANCE);
        Expectations.awaitAnalyticsMatchesLedger(platform.api("analytics-service"));
        Expectations.assertNothingDeadLettered(platform);
    }
}
