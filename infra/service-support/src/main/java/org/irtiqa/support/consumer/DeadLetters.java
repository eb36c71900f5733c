package org.irtiqa.support.consumer;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.CommonDelegatingErrorHandler;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Where records that cannot be applied go: {@code <topic>.DLT}, same partition, with their
 * original bytes (the template sends the consumed {@code byte[]} as it came) and Spring's
 * {@code kafka_dlt-*} headers naming the exception, the original topic, partition and offset.
 * Only a record a listener names ({@link BatchListenerFailedException}, as {@link BatchApplier}
 * throws) is ever dead-lettered: retried three times, 200 ms apart, first; decoding failures and
 * {@link PoisonEventException} not at all. A failure that names no record (an outage, or a fault
 * of the code such as a {@code BadSqlGrammarException}, the same for every record) is no
 * record's fault, so it never sends a batch to the dead-letter topic: the partition waits and
 * retries until it passes, logging each attempt.
 *
 * <p>Its producer is private to this bean rather than a {@code ProducerFactory} bean, which
 * would replace the application's auto-configured one.
 */
final class DeadLetters implements DisposableBean {

    /** Transient failures: three more tries, 200 ms apart, before the record is dead-lettered. */
    static final long RETRY_INTERVAL_MILLIS = 200;

    static final long RETRIES = 3;

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final KafkaTemplate<String, byte[]> template;

    DeadLetters(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producers = new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
        this.template = new KafkaTemplate<>(producers);
    }

    /**
     * A named record goes to the dead-letter topic after bounded retries; a failure that names none
     * (database unreachable, a transaction that cannot start, a statement wrong for every record)
     * is not a record's fault, so the partition waits and retries until it passes instead of
     * dead-lettering a whole batch of good events.
     */
    CommonErrorHandler errorHandler() {
        var recoverer = new DeadLetterPublishingRecoverer(
                template,
                (record, exception) ->
                        new TopicPartition(ConsumedTopics.deadLetterTopic(record.topic()), record.partition()));
        var deadLettering = new DefaultErrorHandler(recoverer, new FixedBackOff(RETRY_INTERVAL_MILLIS, RETRIES));
        // retrying cannot make these succeed: straight to the dead-letter topic
        deadLettering.addNotRetryableExceptions(SerializationException.class, PoisonEventException.class);

        var waitForInfrastructure = new ExponentialBackOff(500, 2);
        waitForInfrastructure.setMaxInterval(10_000); // and no limit on attempts
        var stalling = new DefaultErrorHandler(DeadLetters::neverFromAStall, waitForInfrastructure);
        // a retry that now names a record ends the stall: the batch is sought back and redelivered
        // to the listener, whose failure then goes to the dead-lettering handler
        stalling.addNotRetryableExceptions(BatchListenerFailedException.class);
        stalling.setRetryListeners(new StallLog());

        var handler = new CommonDelegatingErrorHandler(stalling);
        handler.setCauseChainTraversing(true);
        handler.addDelegate(BatchListenerFailedException.class, deadLettering);
        return handler;
    }

    /**
     * The stalling handler's recoverer: a failure that names no record dead-letters nothing. Its
     * throwing makes the handler seek the batch back (uncommitted) for the next poll.
     */
    private static void neverFromAStall(ConsumerRecord<?, ?> record, Exception failure) {
        throw new IllegalStateException(
                "Not dead-lettering " + EventDecoder.where(record) + ": the batch failed naming no record", failure);
    }

    /** One line per failed attempt of a stalled batch (the handler itself logs those at debug). */
    private static final class StallLog implements RetryListener {

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
            log.warn("Record {} failed (attempt {}): {}", EventDecoder.where(record), attempt, failure.toString());
        }

        @Override
        public void failedDelivery(ConsumerRecords<?, ?> records, Exception failure, int attempt) {
            log.warn(
                    "A batch of {} records on {} failed naming no record; retrying it (attempt {}): {}",
                    records.count(),
                    records.partitions(),
                    attempt,
                    NestedExceptionUtils.getMostSpecificCause(failure).toString());
        }
    }

    KafkaTemplate<String, byte[]> template() {
        return template;
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
