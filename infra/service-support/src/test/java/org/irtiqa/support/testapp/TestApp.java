package org.irtiqa.support.testapp;

import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.support.consumer.ConsumedTopics;
import org.irtiqa.support.events.ProducedEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * A small service built on the library, as the real ones are: one table, a controller, an outbox
 * event, and optionally a batch listener. Each test class points it at its own topic and database.
 */
@SpringBootApplication
public class TestApp {

    public static void main(String[] args) {
        SpringApplication.run(TestApp.class, args);
    }

    @Bean
    ProducedEvents producedEvents(@Value("${test.topic}") String topic) {
        return ProducedEvents.builder()
                .topic(topic, InstitutionRegistered.getClassSchema())
                .build();
    }

    @Bean
    @ConditionalOnProperty("test.consumed-topic")
    ConsumedTopics consumedTopics(@Value("${test.consumed-topic}") String topic) {
        return ConsumedTopics.of(topic);
    }
}
