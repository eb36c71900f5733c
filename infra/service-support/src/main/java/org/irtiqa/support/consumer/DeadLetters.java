package org.irtiqa.support.consumer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonDelegatingErrorHandler;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Where records that cannot be applied go: {@code <topic>.DLT}, same partition, with their
 * original bytes (the template sends the consumed {@code byte[]} as it came) and Spring's
 * {@code kafka_dlt-*} headers naming the exception, the original topic, partition and offset.
 * Record failures are retried three times, 200 ms apart, first; decoding failures and
 * {@link PoisonEventException} not at all.
 *
 * <p>Its producer is private to this bean rather than a {@code ProducerFactory} bean, which
 * would replace the application's auto-configured one.
 */
final class DeadLetters implements DisposableBean {

    /** Transient failures: three more tries, 200 ms apart, before the record is dead-lettered. */
    static final long RETRY_INTERVAL_MILLIS = 200;

    static final long RETRIES = 3;

    /** The database, the transaction manager or the registry is unavailable; the event may be fine. */
    static final List<Class<? extends Throwable>> INFRASTRUCTURE_FAILURES = List.of(
            DataAccessResourceFailureException.class,
            TransientDataAccessException.class,
            RecoverableDataAccessException.class,
            CannotCreateTransactionException.class,
            RegistryUnavailableException.class);

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
     * Failures of the record go to the dead-letter topic after bounded retries; failures of the
     * infrastructure (database unreachable, a transaction that cannot start) are not the record's
     * fault, so the partition waits and retries until they pass instead of dead-lettering a whole
     * batch of good events.
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
        var stalling = new DefaultErrorHandler(recoverer, waitForInfrastructure);

        var handler = new CommonDelegatingErrorHandler(deadLettering);
        handler.setCauseChainTraversing(true);
        for (Class<? extends Throwable> outage : INFRASTRUCTURE_FAILURES) {
            handler.addDelegate(outage, stalling);
        }
        return handler;
    }

    KafkaTemplate<String, byte[]> template() {
        return template;
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
