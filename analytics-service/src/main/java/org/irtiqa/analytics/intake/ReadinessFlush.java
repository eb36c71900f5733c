package org.irtiqa.analytics.intake;

import org.irtiqa.analytics.readiness.ReadinessPublisher;
import org.irtiqa.analytics.rebuild.IntakeState;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the figures that batches marked: right after a batch that found the intake caught up
 * (in a transaction of its own, after the batch's commit), and every flush interval for the batches
 * that left it because the intake was behind, so that while a replay or a backlog runs, every
 * institution it touches is recomputed once per interval instead of once per batch. Takes the
 * intake's apply lock exclusively: it sees every committed batch and none half, whatever runs
 * beside it, and publishes nothing while a rebuild fills its shadow. A crash after a batch's commit
 * leaves its marks for the next flush.
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
        if (intake.enterAlone()) {
            phases.time("flush", publisher::publishPending);
        }
    }
}
