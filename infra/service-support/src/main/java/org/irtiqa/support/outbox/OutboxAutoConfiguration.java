package org.irtiqa.support.outbox;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.irtiqa.schemas.serde.AvroSerializer;
import org.irtiqa.support.events.EventMetadataFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The transactional outbox: {@link Outbox} on the application's DataSource, the relay that sends
 * it to Kafka with its own idempotent producer, and the backlog as health detail and gauges.
 */
@AutoConfiguration(
        afterName = {
            "org.irtiqa.support.events.EventsAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"
        })
@ConditionalOnBean({DataSource.class, AvroSerializer.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(
            DataSource dataSource,
            AvroSerializer serializer,
            OutboxProperties properties,
            ObjectProvider<Tracer> tracers,
            ObjectProvider<Propagator> propagators) {
        return new Outbox(
                JdbcClient.create(dataSource), serializer, properties.shards(), new TraceParents(tracers, propagators));
    }

    @Bean
    @ConditionalOnProperty(name = "irtiqa.outbox.relay.enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(
            DataSource dataSource,
            ObjectProvider<DataSourceProperties> dataSourceProperties,
            KafkaProperties kafka,
            OutboxProperties properties,
            EventMetadataFactory metadata,
            ObjectProvider<MeterRegistry> meters,
            ObjectProvider<KafkaAdmin> admin) {
        KafkaAdmin kafkaAdmin = admin.getIfUnique();
        OutboxRelay relay = new OutboxRelay(
                directConnections(dataSource, dataSourceProperties),
                producers(kafka, metadata.source(), properties.relay().sendTimeout()),
                properties,
                kafkaAdmin == null ? () -> true : kafkaAdmin::initialize);
        meters.ifAvailable(relay::bindTo);
        return relay;
    }

    @Bean
    OutboxBacklog outboxBacklog(DataSource dataSource, ObjectProvider<MeterRegistry> meters) {
        OutboxBacklog backlog = new OutboxBacklog(JdbcClient.create(dataSource));
        meters.ifAvailable(backlog::bindTo);
        return backlog;
    }

    /** Same server and credentials as the pool, but connections of our own (see DirectConnections). */
    static DirectConnections directConnections(DataSource dataSource, ObjectProvider<DataSourceProperties> properties) {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            return new DirectConnections(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        DataSourceProperties props = properties.getIfAvailable();
        if (props == null) {
            throw new IllegalStateException("Outbox relay cannot tell the database URL: set spring.datasource.url");
        }
        return new DirectConnections(props.determineUrl(), props.determineUsername(), props.determinePassword());
    }

    /**
     * The relay's own producer, not the application's KafkaTemplate: idempotent with acks=all so
     * that a retry inside the client can neither duplicate nor reorder, and with short blocking
     * timeouts so that an unreachable broker turns into a quick failure and a back-off.
     */
    static Supplier<Producer<String, byte[]>> producers(KafkaProperties kafka, String source, Duration sendTimeout) {
        return () -> {
            Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
            config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()));
            config.put(ProducerConfig.CLIENT_ID_CONFIG, source + "-outbox-relay");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            int delivery = (int) Math.max(1_000, sendTimeout.toMillis());
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(5_000, delivery));
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(5_000, delivery));
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery);
            config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
            return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        };
    }
}
