package org.irtiqa.support.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.irtiqa.support.consumer.ConsumedTopics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Dead letters of a consuming service (one that declares {@link ConsumedTopics}): kept, listed, replayable. */
@AutoConfiguration(
        afterName = {
            "org.irtiqa.support.consumer.ConsumerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"
        })
@ConditionalOnBean({ConsumedTopics.class, JdbcClient.class, PlatformTransactionManager.class})
public class DeadLetterAutoConfiguration {

    @Bean
    DeadLetterStore irtiqaDeadLetterStore(JdbcClient jdbc) {
        return new DeadLetterStore(jdbc);
    }

    @Bean
    DeadLetterMetrics irtiqaDeadLetterMetrics(
            JdbcClient jdbc, ConsumedTopics consumed, ObjectProvider<MeterRegistry> meters) {
        DeadLetterMetrics metrics = new DeadLetterMetrics(jdbc);
        meters.ifAvailable(registry ->
                metrics.bindTo(registry, consumed.topics().stream().sorted().toList()));
        return metrics;
    }

    @Bean
    DeadLetterReplay irtiqaDeadLetterReplay(
            DeadLetterStore store, KafkaProperties kafka, PlatformTransactionManager transactions) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        var producers = new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
        return new DeadLetterReplay(store, new KafkaTemplate<>(producers), new TransactionTemplate(transactions));
    }

    @Bean
    DeadLetterController irtiqaDeadLetterController(DeadLetterStore store, DeadLetterReplay replay) {
        return new DeadLetterController(store, replay);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> irtiqaDeadLetterArchive(
            KafkaProperties kafka,
            ConsumedTopics consumed,
            DeadLetterStore store,
            @Value("${spring.application.name}") String application) {
        String[] topics = consumed.topics().stream()
                .map(ConsumedTopics::deadLetterTopic)
                .sorted()
                .toArray(String[]::new);
        return DeadLetterArchive.container(kafka, application + "-dead-letters", topics, store);
    }
}
