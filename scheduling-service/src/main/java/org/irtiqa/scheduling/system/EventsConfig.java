package org.irtiqa.scheduling.system;

import org.irtiqa.support.consumer.ConsumedTopics;
import org.irtiqa.support.events.ProducedEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the schemas this service writes at start-up (it refuses to start if the registry
 * rejects one) and declares its topics, plus the dead-letter topics of everything it consumes.
 */
@Configuration(proxyBeanMethods = false)
class EventsConfig {

    @Bean
    ProducedEvents producedEvents() {
        return ProducedEvents.of(Topics.WRITTEN);
    }

    @Bean
    ConsumedTopics consumedTopics() {
        return ConsumedTopics.of(Topics.COHORTS, Topics.PARTICIPANTS, Topics.ENROLMENTS);
    }
}
