package org.irtiqa.system;

import org.irtiqa.demo.Programme;
import org.irtiqa.localstack.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * analytics-service killed (SIGKILL) just after a burst of attendance and assessment events,
 * while it is consuming them, then started again: it resumes from its committed offsets, and
 * what it had applied but not committed is deduplicated on eventId.
 */
class AnalyticsKilledTest {

    private final Platform platform = Platform.shared();

    @Test
    void figuresAreExactAfterAnalyticsIsKilledMidBatch() throws Exception {
        Programme programme = Programmes.generate("AK", 31, 3, 4);
        Programmes.Background load = Programmes.loadInBackground(platform, programme);
        load.awaitStages(5); // period 1 held: completions, attendance, baselines and module assessments
        ServiceProcess analytics = platform.process("analytics-service");
        analytics.kill();
        analytics.start();
        analytics.awaitHealthy();
        load.awaitDone();

        Expectations.awaitAnalyticsMatchesLedger(platform.api("analytics-service"));
        Expectations.assertNothingDeadLettered(platform);
    }
}
