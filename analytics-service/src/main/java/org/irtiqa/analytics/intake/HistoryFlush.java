package org.irtiqa.analytics.intake;

import org.irtiqa.analytics.readiness.HistoryWriter;
import org.irtiqa.analytics.rebuild.IntakeState;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the days of the institutions that publications marked, at most once per history
 * interval: a day's figures need not follow a batch within milliseconds, and rewriting every day
 * of every touched institution batch after batch would slow the intake down. Takes the intake's
 * apply lock exclusively, so it reads every committed batch and none half, and waits while a
 * rebuild fills its shadow (the rebuild marks everything when it swaps the state in).
 */
@Component
class HistoryFlush {

    private final IntakeState intake;
    private final HistoryWriter history;
    private final IntakePhases phases;

    HistoryFlush(IntakeState intake, HistoryWriter history, IntakePhases phases) {
        this.intake = intake;
        this.history = history;
        this.phases = phases;
    }

    @Scheduled(
            fixedDelayString = "${analytics.readiness.history-interval:2s}",
            initialDelayString = "${analytics.readiness.history-interval:2s}")
    @Transactional
    public void flush() {
        if (history.nothingPending()) {
            return; // the usual case: no lock taken
        }
        if (intake.enterAlone()) {
            phases.time("history", history::recomputePending);
        }
    }
}
