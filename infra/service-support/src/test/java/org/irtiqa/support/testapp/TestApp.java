package org.irtiqa.support.testapp;

import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.support.consumer.ConsumedTopics;
import org.irtiqa.support.events.ProducedEvents;
import org.irtiqa.support.security.AccessRule;
import org.irtiqa.support.security.AccessRules;
import org.irtiqa.support.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

/**
 * A small service built on the library, as the real ones are: one table, a controller, an outbox
 * event, and optionally a batch listener. Each test class points it at its own topic and database.
 */
@SpringBootApplication
public class TestApp {

    public static void main(String[] args) {
        SpringApplication.run(TestApp.class, args);
    }

    /** Writes are the programme office's; the scoped reads, also a coordinator's own; the rest, anyone signed in. */
    @Bean
    AccessRules accessRules() {
        return AccessRules.of(
                AccessRule.allow(HttpMethod.POST, "/api/**", Role.PROGRAMME_ADMIN),
                AccessRule.allow(HttpMethod.GET, "/api/scoped/**", Role.PROGRAMME_ADMIN, Role.INSTITUTION_COORDINATOR),
                AccessRule.allow(HttpMethod.GET, "/api/scoped", Role.PROGRAMME_ADMIN, Role.INSTITUTION_COORDINATOR));
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
