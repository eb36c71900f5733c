package org.irtiqa.schemas.serde;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.irtiqa.schemas.registry.RegistryCredentials;
import org.irtiqa.schemas.registry.SchemaRegistryClient;

/** The Kafka config keys our serde reads, with Confluent's names so existing configs carry over. */
final class SerdeConfig {

    static final String URL = AvroSerializer.SCHEMA_REGISTRY_URL;
    static final String TIMEOUT_MS = AvroSerializer.SCHEMA_REGISTRY_TIMEOUT_MS;
    static final String AUTO_REGISTER = AvroSerializer.AUTO_REGISTER_SCHEMAS;
    static final long DEFAULT_TIMEOUT_MS = 5000;
    /** Confluent's: {@code USER_INFO} (with {@link #BASIC_USER_INFO}) is the one source supported here. */
    static final String BASIC_SOURCE = "basic.auth.credentials.source";

    static final String BASIC_USER_INFO = "basic.auth.user.info";
    /** Confluent's: {@code STATIC_TOKEN} (with {@link #BEARER_TOKEN}) is the one source supported here. */
    static final String BEARER_SOURCE = "bearer.auth.credentials.source";

    static final String BEARER_TOKEN = "bearer.auth.token";

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
        return new SchemaRegistryClient(URI.create(first), Duration.ofMillis(millis), credentials(configs));
    }

    /**
     * Confluent's keys: basic auth from {@code basic.auth.user.info} ({@code user:password}) when
     * the source is {@code USER_INFO} (also when the source is unset but the user info is given,
     * as Confluent's default source is USER_INFO); a bearer token from {@code bearer.auth.token}
     * when the source is {@code STATIC_TOKEN}. Other sources, or both kinds at once, are refused
     * rather than silently sending nothing. Messages never quote a secret.
     */
    static RegistryCredentials credentials(Map<String, ?> configs) {
        String basicSource = text(configs, BASIC_SOURCE);
        String userInfo = text(configs, BASIC_USER_INFO);
        String bearerSource = text(configs, BEARER_SOURCE);
        String token = text(configs, BEARER_TOKEN);
        if (basicSource != null && !basicSource.equalsIgnoreCase("USER_INFO")) {
            throw new ConfigException(BASIC_SOURCE + " " + basicSource + " is not supported: use USER_INFO");
        }
        if (bearerSource != null && !bearerSource.equalsIgnoreCase("STATIC_TOKEN")) {
            throw new ConfigException(BEARER_SOURCE + " " + bearerSource + " is not supported: use STATIC_TOKEN");
        }
        boolean basic = userInfo != null || basicSource != null;
        boolean bearer = token != null || bearerSource != null;
        if (basic && bearer) {
            throw new ConfigException("Set either " + BASIC_USER_INFO + " or " + BEARER_TOKEN + ", not both");
        }
        try {
            if (basic) {
                return RegistryCredentials.basic(userInfo);
            }
            return bearer ? RegistryCredentials.bearer(token) : RegistryCredentials.none();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private static String text(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    static boolean autoRegister(Map<String, ?> configs) {
        Object value = configs.get(AUTO_REGISTER);
        return value == null || Boolean.parseBoolean(value.toString().trim());
    }
}
