package org.irtiqa.schemas.serde;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.irtiqa.schemas.registry.SchemaRegistryClient;

/** The Kafka config keys our serde reads, with Confluent's names so existing configs carry over. */
final class SerdeConfig {

    static final String URL = AvroSerializer.SCHEMA_REGISTRY_URL;
    static final String TIMEOUT_MS = AvroSerializer.SCHEMA_REGISTRY_TIMEOUT_MS;
    static final String AUTO_REGISTER = AvroSerializer.AUTO_REGISTER_SCHEMAS;
    static final long DEFAULT_TIMEOUT_MS = 5000;

    private SerdeConfig() {}

    static SchemaRegistryClient client(Map<String, ?> configs) {
        Object url = configs.get(URL);
        if (url == null || url.toString().isBlank()) {
            throw new ConfigException("Missing required configuration \"" + URL + "\"");
        }
        Object timeout = configs.get(TIMEOUT_MS);
        long millis = timeout == null
                ? DEFAULT_TIMEOUT_MS
                : Long.parseLong(timeout.toString().trim());
        // A list of URLs (Confluent allows "a,b") is reduced to its first: one registry is enough here.
        String first = url.toString().split(",")[0].trim();
        return new SchemaRegistryClient(URI.create(first), Duration.ofMillis(millis));
    }

    static boolean autoRegister(Map<String, ?> configs) {
        Object value = configs.get(AUTO_REGISTER);
        return value == null || Boolean.parseBoolean(value.toString().trim());
    }
}
