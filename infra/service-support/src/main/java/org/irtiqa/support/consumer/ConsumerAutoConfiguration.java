package org.irtiqa.support.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.irtiqa.schemas.serde.AvroDeserializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Consumer side: {@link ProcessedEvents} for idempotency, {@link EventDecoder}, the listeners'
 * skeleton {@link BatchApplier}, and the
 * {@code batchFactory} listener container factory (batch listener over raw bytes, offsets
 * committed per batch, failed records retried a few times then dead-lettered, {@link
 * ConsumerProperties#concurrency} consumers per listener).
 */
@AutoConfiguration(
        afterName = {
            "org.irtiqa.support.events.EventsAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"
        })
@EnableConfigurationProperties({ConsumerLagProperties.class, ConsumerProperties.class})
public class ConsumerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(DataSource.class)
    ProcessedEvents processedEvents(DataSource dataSource) {
        return new ProcessedEvents(new JdbcTemplate(dataSource));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(AvroDeserializer.class)
    EventDecoder eventDecoder(AvroDeserializer deserializer) {
        return new EventDecoder(deserializer);
    }

    /** The batch listeners' skeleton; a batch of {@code max.poll.records} tells the target more are waiting. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(AvroDeserializer.class)
    BatchApplier batchApplier(EventDecoder decoder, KafkaProperties kafka) {
        Integer maxPollRecords = kafka.getConsumer().getMaxPollRecords();
        return new BatchApplier(
                decoder, maxPollRecords == null ? ConsumerConfig.DEFAULT_MAX_POLL_RECORDS : maxPollRecords);
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetters irtiqaDeadLetters(KafkaProperties kafka) {
        return new DeadLetters(kafka);
    }

    /**
     * The lag of the listeners' consumer groups per consumed topic, measured on a schedule: gauges
     * {@code irtiqa.consumer.lag.records} and {@code irtiqa.consumer.lag} (seconds), tags group and topic.
     */
    @Bean
    @ConditionalOnBean(ConsumedTopics.class)
    ConsumerLagSampler irtiqaConsumerLagSampler(
            KafkaProperties kafka,
            ConsumedTopics consumed,
            ConsumerLagProperties properties,
            ObjectProvider<KafkaListenerEndpointRegistry> listeners,
            ObjectProvider<MeterRegistry> meters) {
        ConsumerLagSampler sampler = new ConsumerLagSampler(
                kafka,
                () -> listeners.getObject().getListenerContainers().stream()
                        .map(MessageListenerContainer::getGroupId)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toCollection(java.util.TreeSet::new)),
                consumed,
                properties,
                Clock.systemUTC());
        meters.ifAvailable(sampler::bindTo);
        return sampler;
    }

    /** Health component "consumerLag": the last measurement, WARN above the limits, outside the readiness group. */
    @Bean
    @ConditionalOnBean(ConsumedTopics.class)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    ConsumerLagHealth consumerLagHealthIndicator(ConsumerLagSampler sampler, ConsumerLagProperties properties) {
        return new ConsumerLagHealth(sampler, properties);
    }

    @Bean
    @ConditionalOnMissingBean(name = "batchFactory")
    @SuppressWarnings({"unchecked", "rawtypes"})
    ConcurrentKafkaListenerContainerFactory<String, byte[]> batchFactory(
            KafkaProperties kafka,
            ObjectProvider<ConcurrentKafkaListenerContainerFactoryConfigurer> configurer,
            DeadLetters deadLetters,
            ConsumerProperties properties) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        ConsumerFactory<String, byte[]> consumers = new DefaultKafkaConsumerFactory<>(config);

        var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
        configurer.ifAvailable(
                c -> c.configure((ConcurrentKafkaListenerContainerFactory) factory, (ConsumerFactory) consumers));
        factory.setConsumerFactory(consumers);
        factory.setBatchListener(true);
        factory.setConcurrency(properties.concurrency());
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        factory.setCommonErrorHandler(deadLetters.errorHandler());
        return factory;
    }
}
