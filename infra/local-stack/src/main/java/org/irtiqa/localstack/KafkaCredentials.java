package org.irtiqa.localstack;

import java.util.List;
import java.util.Map;

/**
 * A SCRAM-SHA-512 user of a {@link SaslScramBroker}, and how a client presents it: as Kafka client
 * properties, or as the standard Spring Kafka properties a service takes (what infra/deploy sets
 * from secrets). {@link #toString()} leaves the password out.
 */
public record KafkaCredentials(String user, String password) {

    static final String MECHANISM = "SCRAM-SHA-512";
    static final String PROTOCOL = "SASL_PLAINTEXT";

    /** {@code security.protocol}, {@code sasl.mechanism} and {@code sasl.jaas.config} for a Kafka client. */
    public Map<String, Object> clientProperties() {
        return Map.of(
                "security.protocol", PROTOCOL,
                "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", jaasConfig());
    }

    /** The same as Spring Boot command-line arguments: no property a service does not already know. */
    public List<String> springArguments() {
        return List.of(
                "--spring.kafka.security.protocol=" + PROTOCOL,
                "--spring.kafka.properties.sasl.mechanism=" + MECHANISM,
                "--spring.kafka.properties.sasl.jaas.config=" + jaasConfig());
    }

    /** The same user with another password: a client the broker must refuse. */
    public KafkaCredentials withPassword(String other) {
        return new KafkaCredentials(user, other);
    }

    String jaasConfig() {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }

    @Override
    public String toString() {
        return "KafkaCredentials[user=" + user + ", password=(hidden)]";
    }
}
