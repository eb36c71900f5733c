package org.irtiqa.system;

import org.irtiqa.demo.Programme;
import org.irtiqa.localstack.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * The schema registry restarted while scheduling produces (sessions held, attendance,
 * assessments) and scheduling and analytics consume: its schemas live in PostgreSQL, so the ids
 * in records already written stay valid, and nothing is dead-lettered or lost.
 */
class RegistryRestartedTest {

    private final Platform platform = Platform.shared();

    @Test
    void figuresAreExactAfterTheRegistryRestartsWhileProducersAndConsumersRun() throws Exception {
        Programme programme = Programmes.generate("RR", 51, 3, 4);
        Programmes.Background load = Programmes.loadInBackground(platform, programme);
        load.awaitStages(3); // scheduling's sessions, attendance and assessments are still to come
        LocalStack.shared().registry().restart();
        load.awaitDone();

        Expectations.awaitAnalyticsMatchesLedger(platform.api("analytics-service"));
        Expectations.assertNothingDeadLettered(platform);
    }
}
