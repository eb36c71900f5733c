package org.irtiqa.registration.system;

import org.irtiqa.support.events.ProducedEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers this service's schemas at start-up and declares its topics. */
@Configuration(proxyBeanMethods = false)
class EventsConfig {

    @Bean
    ProducedEvents producedEvents() {
        return ProducedEvents.of(Topics.RECORDS);
    }
}
