package org.irtiqa.analytics.rebuild;

import java.util.List;
import java.util.concurrent.ExecutionException;
import org.irtiqa.analytics.readiness.ReadinessPublisher;
import org.irtiqa.support.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * One instance at a time: the offset reset needs the consumer group to be empty, so a start while
 * another instance consumes is refused ({@link #start}).
 */
@Component
class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

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

    /**
     * Refuses (409 {@code rebuild-group-not-empty}) while another instance consumes: its batches
     * would keep the group's offsets where they are. The local intake runs again whatever happens.
     * A rebuild whose offset reset could not be done (an instance joined in between) is taken up
     * again by the next call.
     */
    synchronized RebuildStatus start() throws Exception {
        boolean resetPending = state.offsetsResetPending();
        if (state.rebuilding() && !resetPending) {
            throw new ConflictException("rebuild-running", "A rebuild is already running.");
        }
        intake().stop();
        try {
            refuseWhileOthersConsume();
            RebuildStatus started = resetPending ? state.status(false) : begin();
            running = true;
            progress = 0.0;
            resetOffsetsIfPending();
            return started.withProgress(0.0);
        } finally {
            intake().start();
        }
    }

    private RebuildStatus begin() {
        return transactions.execute(tx -> {
            if (state.status(true).rebuilding()) {
                throw new ConflictException("rebuild-running", "A rebuild is already running.");
            }
            return state.begin();
        });
    }

    private void refuseWhileOthersConsume() throws Exception {
        List<String> others = offsets.members(intake().getGroupId());
        if (!others.isEmpty()) {
            throw othersConsume(others);
        }
    }

    private ConflictException othersConsume(List<String> others) {
        return new ConflictException(
                "rebuild-group-not-empty",
                "Another instance consumes the intake's group",
                "A rebuild resets the consumer group " + intake().getGroupId()
                        + " to offset 0, which Kafka allows only while the group is empty; other members: "
                        + String.join(", ", others)
                        + ". Scale analytics down to one instance and try again.");
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
        try {
            resetOffsetsIfPending();
        } catch (ConflictException othersConsume) {
            log.warn(
                    "A rebuild's offset reset stays pending, the next POST of the rebuild does it: {}",
                    othersConsume.getMessage());
        } finally {
            intake().start();
        }
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
            try {
                offsets.resetToZero(intake().getGroupId());
            } catch (ExecutionException e) {
                List<String> others = offsets.members(intake().getGroupId());
                if (!others.isEmpty()) { // one joined since the check (Kafka's error varies with the moment)
                    throw othersConsume(others);
                }
                throw e;
            }
            state.offsetsReset();
        }
    }

    private MessageListenerContainer intake() {
        return listeners.getListenerContainer(IntakeState.LISTENER_ID);
    }
}
