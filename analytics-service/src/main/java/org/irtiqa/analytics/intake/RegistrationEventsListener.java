package org.irtiqa.analytics.intake;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.irtiqa.analytics.system.Topics;
import org.irtiqa.support.consumer.EventDecoder;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Takes batches of registration events. A record that cannot be decoded ends the batch there:
 * the records before it are applied and committed first, then the error handler sends it to the
 * dead-letter topic and redelivers the rest, so nothing before it is lost and nothing after it
 * is blocked.
 */
@Component
class RegistrationEventsListener {

    private final EventDecoder decoder;
    private final ReadinessProjection projection;

    RegistrationEventsListener(EventDecoder decoder, ReadinessProjection projection) {
        this.decoder = decoder;
        this.projection = projection;
    }

    @KafkaListener(
            id = "analytics-registration",
            topics = {Topics.INSTITUTIONS, Topics.PARTICIPANTS, Topics.ENROLMENTS},
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
