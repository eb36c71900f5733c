package org.irtiqa.scheduling.deadletter;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.irtiqa.support.web.ConflictException;
import org.irtiqa.support.web.NotFoundException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists dead letters and replays one: its original bytes go back to its topic under its key, once.
 * The mark and the send share a transaction, so a send that fails leaves it replayable. The
 * producer is private to this class: a ProducerFactory bean would replace the application's own.
 */
@Service
public class DeadLetters implements DisposableBean {

    private final DeadLetterRepository repository;
    private final KafkaProducer<String, byte[]> producer;
    private final Clock clock = Clock.systemUTC();

    DeadLetters(DeadLetterRepository repository, KafkaProperties kafka) {
        this.repository = repository;
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @Transactional(readOnly = true)
    public List<DeadLetter> all() {
        return repository.all();
    }

    @Transactional
    public DeadLetter replay(UUID id) {
        var original = repository.markReplayed(id, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)).orElseThrow(() -> {
            repository.find(id).orElseThrow(() -> new NotFoundException("No dead letter with id " + id + "."));
            return new ConflictException("already-replayed", "Dead letter " + id + " has been replayed already.");
        });
        try {
            producer.send(new ProducerRecord<>(original.topic(), original.key(), original.payload())).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying dead letter " + id, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not replay dead letter " + id + " to " + original.topic(), e);
        }
        return repository.find(id).orElseThrow();
    }

    @Override
    public void destroy() {
        producer.close();
    }
}
