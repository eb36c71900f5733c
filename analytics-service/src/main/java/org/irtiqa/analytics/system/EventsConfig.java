package org.irtiqa.analytics.system;

import org.irtiqa.support.consumer.ConsumedTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the dead-letter topics of everything this service consumes. */
@Configuration(proxyBeanMethods = false)
class EventsConfig {

    @Bean
    ConsumedTopics consumedTopics() {
        return ConsumedTopics.of(Topics.INSTITUTIONS, Topics.PARTICIPANTS, Topics.ENROLMENTS);
    }
}
