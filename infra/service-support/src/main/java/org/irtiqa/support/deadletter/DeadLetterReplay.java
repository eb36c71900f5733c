package org.irtiqa.support.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.irtiqa.support.web.ConflictException;
import org.irtiqa.support.web.NotFoundException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a dead letter's original bytes, key and headers back to its topic, once. The mark and the
 * send share a transaction: a failed send leaves the letter replayable. Consumers are idempotent
 * on eventId, so a replay of something applied meanwhile changes nothing.
 */
public class DeadLetterReplay {

    private final DeadLetterStore store;
    private final KafkaTemplate<String, byte[]> kafka;
    private final TransactionTemplate transactions;

    DeadLetterReplay(DeadLetterStore store, KafkaTemplate<String, byte[]> kafka, TransactionTemplate transactions) {
        this.store = store;
        this.kafka = kafka;
        this.transactions = transactions;
    }

    public DeadLetter replay(UUID id) {
        return transactions.execute(tx -> {
            DeadLetterStore.Replayable letter = store.markReplayed(id)
                    .orElseThrow(() -> store.find(id).isPresent()
                            ? new ConflictException(
                                    "dead-letter-replayed", "Dead letter " + id + " was replayed already.")
                            : new NotFoundException("No dead letter with id " + id + "."));
            var record = new ProducerRecord<>(
                    letter.letter().topic(),
                    letter.letter().partition(),
                    letter.letter().key(),
                    letter.payload());
            letter.headers()
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            try {
                kafka.send(record).get(15, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Could not send dead letter " + id + " back to " + record.topic(), e);
            }
            return store.find(id).orElseThrow();
        });
    }
}
