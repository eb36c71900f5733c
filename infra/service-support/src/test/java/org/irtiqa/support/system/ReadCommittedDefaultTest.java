package org.irtiqa.support.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Every consumer built from Boot's Kafka properties reads committed records only: the outbox
 * relay's aborted sends must stay invisible (design.md "Reliability patterns").
 */
class ReadCommittedDefaultTest {

    @Test
    void consumersReadCommittedUnlessAServiceSaysOtherwise() {
        assertThat(consumerProperties(Map.of())).containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        assertThat(consumerProperties(Map.of("spring.kafka.consumer.isolation-level", "read_uncommitted")))
                .as("a lowest-precedence default")
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    }

    private static Map<String, Object> consumerProperties(Map<String, Object> serviceConfig) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service", serviceConfig));
        new SupportDefaults().postProcessEnvironment(environment, new SpringApplication());
        KafkaProperties kafka = Binder.get(environment)
                .bind("spring.kafka", KafkaProperties.class)
                .orElseGet(KafkaProperties::new);
        return kafka.buildConsumerProperties();
    }
}
