package org.irtiqa.analytics.system;

import org.irtiqa.events.analytics.InstitutionReadinessChanged;
import org.irtiqa.support.consumer.ConsumedTopics;
import org.irtiqa.support.events.ProducedEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the dead-letter topics of everything this service consumes, and the compacted
 * readiness topic it writes (its schema registered at start-up).
 */
@Configuration(proxyBeanMethods = false)
class EventsConfig {

    @Bean
    ConsumedTopics consumedTopics() {
        return ConsumedTopics.of(Topics.INPUTS);
    }

    @Bean
    ProducedEvents producedEvents() {
        return ProducedEvents.builder()
                .compactedTopic(Topics.READINESS, InstitutionReadinessChanged.getClassSchema())
                .build();
    }
}
