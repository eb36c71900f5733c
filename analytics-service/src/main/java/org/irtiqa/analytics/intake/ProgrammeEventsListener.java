package org.irtiqa.analytics.intake;

import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.irtiqa.analytics.rebuild.IntakeState;
import org.irtiqa.analytics.system.Topics;
import org.irtiqa.support.consumer.BatchApplier;
import org.irtiqa.support.consumer.EventTarget;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes batches of every programme event (registration and scheduling) through the consumer
 * skeleton ({@link BatchApplier}). A record that cannot be decoded, whose values break the
 * {@link EventRules}, or that the database refuses (a NUL in a name) goes to the dead-letter topic
 * alone: the records before it are applied and committed first, the rest is redelivered, so
 * nothing before it is lost and nothing after it is blocked.
 */
@Component
class ProgrammeEventsListener {

    private final BatchApplier batches;
    private final EventTarget readiness;
    private final ReadinessProjection projection;
    private final IntakePhases phases;
    private final LastBatch lastBatch;

    ProgrammeEventsListener(
            BatchApplier batches, ReadinessProjection projection, IntakePhases phases, LastBatch lastBatch) {
        this.batches = batches;
        this.projection = projection;
        this.phases = phases;
        this.lastBatch = lastBatch;
        this.readiness = EventTarget.of("the readiness state", this::apply).checkedBy(EventRules::check);
    }

    /** Started by {@code Rebuilds} once a pending offset reset of a rebuild is done, not by the container registry. */
    @KafkaListener(
            id = IntakeState.LISTENER_ID,
            autoStartup = "false",
            topics = {
                Topics.INSTITUTIONS,
                Topics.COHORTS,
                Topics.PARTICIPANTS,
                Topics.ENROLMENTS,
                Topics.SESSIONS,
                Topics.ATTENDANCE,
                Topics.ASSESSMENTS
            },
            containerFactory = "batchFactory")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.apply(records, readiness);
    }

    /**
     * The whole transaction, commit included ("batch"; its inner phases are timed by the
     * projection). {@code behind}: more events wait (a full batch), so publication can wait for
     * the flush.
     */
    private void apply(List<SpecificRecord> events, boolean behind) {
        phases.time("batch", () -> projection.apply(events, behind));
        lastBatch.applied();
    }
}
