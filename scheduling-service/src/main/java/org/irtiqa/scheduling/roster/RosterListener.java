package org.irtiqa.scheduling.roster;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.irtiqa.scheduling.system.Topics;
import org.irtiqa.support.consumer.EventDecoder;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Takes batches of registration events into the roster. An undecodable record ends the batch:
 * the records before it are applied first, then it goes to the dead-letter topic.
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
                projection.apply(events);
                throw new BatchListenerFailedException("Undecodable record", poison, i);
            }
        }
        projection.apply(events);
    }
}
