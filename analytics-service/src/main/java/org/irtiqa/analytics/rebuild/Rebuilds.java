package org.irtiqa.analytics.rebuild;

import org.irtiqa.analytics.readiness.ReadinessPublisher;
import org.irtiqa.support.web.ConflictException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the analytics state from offset 0 of the input topics (design.md "Replay"): stop the
 * intake, open empty shadow tables (state and dedup table together), reset the group's offsets to
 * 0, start again; the batches fill the shadow while the API serves the last complete state; once
 * the group has caught up with the head, stop, swap the tables in one transaction, publish what
 * differs (normally nothing), start. Every step is recorded in {@code intake_state} before the
 * next, and {@link #resume} redoes a pending offset reset after a crash, so a rebuild survives one.
 * One instance at a time: the offset reset needs the consumer group to be empty.
 */
@Component
class Rebuilds {

    private final IntakeState state;
    private final IntakeOffsets offsets;
    private final ReadinessPublisher publisher;
    private final KafkaListenerEndpointRegistry listeners;
    private final TransactionTemplate transactions;
    private final boolean autoStartup;
    private volatile boolean running;
    private volatile double progress = 1.0;

    Rebuilds(
            IntakeState state,
            IntakeOffsets offsets,
            ReadinessPublisher publisher,
            KafkaListenerEndpointRegistry listeners,
            TransactionTemplate transactions,
            @Value("${spring.kafka.listener.auto-startup:true}") boolean autoStartup) {
        this.state = state;
        this.offsets = offsets;
        this.publisher = publisher;
        this.listeners = listeners;
        this.transactions = transactions;
        this.autoStartup = autoStartup;
    }

    synchronized RebuildStatus start() throws Exception {
        if (state.rebuilding()) {
            throw new ConflictException("rebuild-running", "A rebuild is already running.");
        }
        intake().stop();
        RebuildStatus started = transactions.execute(tx -> {
            if (state.status(true).rebuilding()) {
                throw new ConflictException("rebuild-running", "A rebuild is already running.");
            }
            return state.begin();
        });
        running = true;
        progress = 0.0;
        resetOffsetsIfPending();
        intake().start();
        return started.withProgress(0.0);
    }

    RebuildStatus status() {
        RebuildStatus status = state.status(false);
        return status.rebuilding() ? status.withProgress(progress) : status;
    }

    /** At start-up the intake starts here, after a reset that a crash may have left pending. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void resume() throws Exception {
        if (!autoStartup) {
            return;
        }
        resetOffsetsIfPending();
        intake().start();
    }

    /** Finishes a running rebuild once the shadow has caught up with the head of every input partition. */
    @Scheduled(fixedDelayString = "${analytics.rebuild.check-interval:1s}")
    synchronized void finishWhenCaughtUp() throws Exception {
        running = state.rebuilding();
        if (!running) {
            progress = 1.0;
            return;
        }
        if (state.offsetsResetPending()) {
            return;
        }
        IntakeOffsets.Progress folded = offsets.progress(intake().getGroupId());
        progress = folded.ratio();
        if (!folded.caughtUp()) {
            return;
        }
        intake().stop();
        transactions.executeWithoutResult(tx -> {
            state.swap();
            publisher.publishAll();
        });
        intake().start();
        running = false;
        progress = 1.0;
    }

    /** Whether a rebuild runs, as of the last check (for the gauges; the status reads the database). */
    boolean running() {
        return running;
    }

    /** Records folded out of the input records, 0 to 1, as of the last check; 1 when none runs. */
    double progress() {
        return progress;
    }

    private void resetOffsetsIfPending() throws Exception {
        if (state.offsetsResetPending()) {
            offsets.resetToZero(intake().getGroupId());
            state.offsetsReset();
        }
    }

    private MessageListenerContainer intake() {
        return listeners.getListenerContainer(IntakeState.LISTENER_ID);
    }
}
