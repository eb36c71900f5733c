package org.irtiqa.analytics.intake;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.irtiqa.analytics.rebuild.IntakeState;
import org.irtiqa.analytics.system.Topics;
import org.irtiqa.support.consumer.EventDecoder;
import org.irtiqa.support.consumer.PoisonEventException;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Takes batches of every programme event (registration and scheduling). A record that cannot be
 * decoded, or whose values break the rules, ends the batch there: the records before it are
 * applied and committed first, then the error handler sends it to the dead-letter topic and
 * redelivers the rest, so nothing before it is lost and nothing after it is blocked.
 */
@Component
class ProgrammeEventsListener {

    private final EventDecoder decoder;
    private final ReadinessProjection projection;
    private final IntakePhases phases;
    private final LastBatch lastBatch;
    private final int fullBatch;

    ProgrammeEventsListener(
            EventDecoder decoder,
            ReadinessProjection projection,
            IntakePhases phases,
            LastBatch lastBatch,
            KafkaProperties kafka) {
        this.decoder = decoder;
        this.projection = projection;
        this.phases = phases;
        this.lastBatch = lastBatch;
        Integer maxPollRecords = kafka.getConsumer().getMaxPollRecords();
        this.fullBatch = maxPollRecords == null ? ConsumerConfig.DEFAULT_MAX_POLL_RECORDS : maxPollRecords;
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
        boolean behind = records.size() >= fullBatch;
        List<SpecificRecord> events = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                SpecificRecord event = decoder.decode(records.get(i));
                EventRules.check(event);
                events.add(event);
            } catch (SerializationException | PoisonEventException poison) {
                apply(events, behind);
                throw new BatchListenerFailedException(
                        "Cannot apply " + where(records.get(i)) + ": " + poison.getMessage(), poison, i);
            }
        }
        apply(events, behind);
    }

    /** The whole transaction, commit included ("batch"; its inner phases are timed by the projection). */
    private void apply(List<SpecificRecord> events, boolean behind) {
        phases.time("batch", () -> projection.apply(events, behind));
        lastBatch.applied();
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
