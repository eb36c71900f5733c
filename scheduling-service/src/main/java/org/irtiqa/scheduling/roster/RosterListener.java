package org.irtiqa.scheduling.roster;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.irtiqa.scheduling.system.Topics;
import org.irtiqa.support.consumer.EventDecoder;
import org.irtiqa.support.consumer.PoisonEventException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Takes batches of registration events into the roster. A poison record ends the batch: the
 * records before it are applied first, then it goes to the dead-letter topic and the partition
 * moves on. Poison is a record that cannot be decoded, or one that decodes but that the database
 * refuses (a data or constraint error, e.g. a NUL in a name); any other failure (the database
 * down) is left to the error handler's retries, since retrying may cure it.
 */
@Component
class RosterListener {

    private final EventDecoder decoder;
    private final RosterProjection projection;

    RosterListener(EventDecoder decoder, RosterProjection projection) {
        this.decoder = decoder;
        this.projection = projection;
    }

    @KafkaListener(
            id = "scheduling-roster",
            topics = {Topics.COHORTS, Topics.PARTICIPANTS, Topics.ENROLMENTS},
            containerFactory = "batchFactory")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        List<SpecificRecord> events = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                events.add(decoder.decode(records.get(i)));
            } catch (SerializationException poison) {
                apply(events);
                throw new BatchListenerFailedException("Undecodable record", poison, i);
            }
        }
        apply(events);
    }

    /** Applies {@code events}, the first records of the batch, in one transaction if it can. */
    private void apply(List<SpecificRecord> events) {
        try {
            projection.apply(events);
        } catch (DataIntegrityViolationException refused) {
            // the batch rolled back as a whole: find the record at fault, applying those before it
            for (int i = 0; i < events.size(); i++) {
                try {
                    projection.apply(List.of(events.get(i)));
                } catch (DataIntegrityViolationException e) {
                    throw new BatchListenerFailedException(
                            "Record refused by the roster",
                            new PoisonEventException(events.get(i).getSchema().getFullName() + " refused", e),
                            i);
                }
            }
        }
    }
}
