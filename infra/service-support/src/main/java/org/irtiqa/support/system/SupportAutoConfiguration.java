package org.irtiqa.support.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cross-cutting wiring: the library's own migrations (outbox, processed_event) added to the
 * application's Flyway, and the Kafka health component. The migrations are versioned 0.x, so they
 * sort before every service migration (V1 onwards) and run first.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
public class SupportAutoConfiguration {

    /** Where the library's migrations live on the classpath. */
    public static final String MIGRATIONS = "classpath:db/irtiqa-support";

    /** Health component "kafka": broker reachability, outside the readiness group. */
    @Bean
    @ConditionalOnBean(KafkaProperties.class)
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    KafkaHealth kafkaHealthIndicator(KafkaProperties kafka) {
        return new KafkaHealth(kafka);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(FlywayConfigurationCustomizer.class)
    static class FlywayMigrations {

        @Bean
        FlywayConfigurationCustomizer irtiqaSupportMigrations() {
            return configuration -> {
                List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
                Location ours = new Location(MIGRATIONS);
                if (locations.stream().noneMatch(l -> l.getDescriptor().equals(ours.getDescriptor()))) {
                    locations.add(ours);
                }
                configuration.locations(locations.toArray(Location[]::new));
            };
        }
    }
}
