package org.irtiqa.support.consumer;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Where records that cannot be applied go: {@code <topic>.DLT}, same partition, with their
 * original bytes (the template sends the consumed {@code byte[]} as it came) and Spring's
 * {@code kafka_dlt-*} headers naming the exception, the original topic, partition and offset.
 *
 * <p>Its producer is private to this bean rather than a {@code ProducerFactory} bean, which
 * would replace the application's auto-configured one.
 */
final class DeadLetters implements DisposableBean {

    /** Transient failures: three more tries, 200 ms apart, before the record is dead-lettered. */
    static final long RETRY_INTERVAL_MILLIS = 200;
    static final long RETRIES = 3;

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

    DefaultErrorHandler errorHandler() {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(ConsumedTopics.deadLetterTopic(record.topic()),
                        record.partition()));
        var handler = new DefaultErrorHandler(recoverer, new FixedBackOff(RETRY_INTERVAL_MILLIS, RETRIES));
        // retrying cannot make these succeed: straight to the dead-letter topic
        handler.addNotRetryableExceptions(SerializationException.class, PoisonEventException.class);
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
