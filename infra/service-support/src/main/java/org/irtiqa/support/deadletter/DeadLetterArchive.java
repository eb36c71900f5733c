package org.irtiqa.support.deadletter;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Reads this service's {@code .DLT} topics into the dead_letter table, in its own consumer group,
 * so that the admin API can list and replay them. Its errors (a database outage) are retried
 * without end: a dead letter is never dropped, and never dead-lettered again.
 */
final class DeadLetterArchive {

    private DeadLetterArchive() {}

    static ConcurrentMessageListenerContainer<String, byte[]> container(
            KafkaProperties kafka, String group, String[] deadLetterTopics, DeadLetterStore store) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var consumers =
                new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        var properties = new ContainerProperties(deadLetterTopics);
        properties.setAckMode(ContainerProperties.AckMode.RECORD);
        properties.setMessageListener(
                (MessageListener<String, byte[]>) record -> store.keep(DeadLetterRecord.of(record)));
        var container = new ConcurrentMessageListenerContainer<>(consumers, properties);
        container.setCommonErrorHandler(
                new DefaultErrorHandler(new FixedBackOff(1000, FixedBackOff.UNLIMITED_ATTEMPTS)));
        container.setBeanName("irtiqa-dead-letter-archive");
        return container;
    }
}
