package org.irtiqa.analytics.intake;

import org.irtiqa.analytics.readiness.ReadinessPublisher;
import org.irtiqa.analytics.rebuild.IntakeState;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the figures that batches marked but left unpublished because the intake was behind:
 * while a replay or a backlog runs, every institution it touches is recomputed once per flush
 * interval instead of once per batch; once the intake is caught up the batches publish by
 * themselves and this finds nothing to do. Takes the intake's apply lock like a batch, so it sees
 * every committed batch and none half, and publishes nothing while a rebuild fills its shadow.
 */
@Component
class ReadinessFlush {

    private final IntakeState intake;
    private final ReadinessPublisher publisher;
    private final IntakePhases phases;

    ReadinessFlush(IntakeState intake, ReadinessPublisher publisher, IntakePhases phases) {
        this.intake = intake;
        this.publisher = publisher;
        this.phases = phases;
    }

    @Scheduled(
            fixedDelayString = "${analytics.readiness.flush-interval:2s}",
            initialDelayString = "${analytics.readiness.flush-interval:2s}")
    @Transactional
    public void flush() {
        if (publisher.nothingPending()) {
            return; // the usual case: no lock taken
        }
        if (intake.enterBatch()) {
            phases.time("flush", publisher::publishPending);
        }
    }
}
