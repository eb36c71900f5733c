package org.irtiqa.system;

import org.irtiqa.demo.Programme;
import org.irtiqa.localstack.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * scheduling-service stopped and started again while registration keeps taking enrolments: its
 * roster catches up from the registration topics, and the programme's scheduling writes wait
 * for it (connection refused and 422s retried with the same Idempotency-Key).
 */
class SchedulingRestartedTest {

    private final Platform platform = Platform.shared();

    @Test
    void figuresAreExactAfterSchedulingRestartsWhileRegistrationKeepsWriting() throws Exception {
        Programme programme = Programmes.generate("SR", 41, 3, 4);
        Programmes.Background load = Programmes.loadInBackground(platform, programme);
        load.awaitStages(2);
        ServiceProcess scheduling = platform.process("scheduling-service");
        scheduling.stop(); // the loader goes on enrolling through registration meanwhile
        scheduling.start();
        scheduling.awaitHealthy();
        load.awaitDone();

        Expectations.awaitAnalyticsMatchesLedger(platform.api("analytics-service"));
        Expectations.assertNothingDeadLettered(platform);
    }
}
