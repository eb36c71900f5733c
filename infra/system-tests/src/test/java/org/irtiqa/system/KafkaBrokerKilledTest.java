package org.irtiqa.system;

import org.irtiqa.demo.Programme;
import org.irtiqa.localstack.KafkaCluster;
import org.irtiqa.localstack.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * Every broker killed (SIGKILL; all three of the system tests' cluster) while participants and
 * enrolments are being written: registration keeps answering (its outbox holds the events),
 * scheduling's roster and analytics catch up once the brokers are back, and no event is lost or
 * counted twice. One broker, and two, killed: {@link KafkaLeaderKilledTest}, {@link TwoKafkaBrokersDownTest}.
 */
class KafkaBrokerKilledTest {

    private final Platform platform = Platform.shared();

    @Test
    void figuresAreExactAfterTheBrokerIsKilledInTheMiddleOfAStreamOfWrites() throws Exception {
        Programme programme = Programmes.generate("KF", 21, 3, 4);
        Programmes.Background load = Programmes.loadInBackground(platform, programme);
        load.awaitStages(1);
        KafkaCluster kafka = LocalStack.shared().kafka();
        kafka.kill();
        load.awaitStages(3); // participants and enrolments written while the broker is down
        kafka.restart();
        load.awaitDone();

        Expectations.awaitAnalyticsMatchesLedger(platform.api("analytics-service"));
        Expectations.assertNothingDeadLettered(platform);
    }
}
