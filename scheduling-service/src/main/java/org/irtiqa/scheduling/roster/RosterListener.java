package org.irtiqa.scheduling.roster;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.irtiqa.scheduling.system.Topics;
import org.irtiqa.support.consumer.BatchApplier;
import org.irtiqa.support.consumer.EventTarget;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes batches of registration events into the roster through the consumer skeleton
 * ({@link BatchApplier}): a record that cannot be decoded, or that the database refuses (a NUL in
 * a name), goes to the dead-letter topic alone, the others of its batch are applied; an outage is
 * retried.
 */
@Component
class RosterListener {

    private final BatchApplier batches;
    private final EventTarget roster;

    RosterListener(BatchApplier batches, RosterProjection projection) {
        this.batches = batches;
        this.roster = EventTarget.of("the roster", (events, moreWaiting) -> projection.apply(events));
    }

    @KafkaListener(
            id = "scheduling-roster",
            topics = {Topics.COHORTS, Topics.PARTICIPANTS, Topics.ENROLMENTS},
            containerFactory = "batchFactory")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.apply(records, roster);
    }
}
