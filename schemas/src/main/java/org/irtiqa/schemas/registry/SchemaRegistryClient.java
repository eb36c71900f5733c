package org.irtiqa.schemas.registry;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import tools.jackson.databind.JsonNode;

/**
 * A small client for the Confluent Schema Registry REST API (Confluent, Apicurio's
 * {@code /apis/ccompat/v7}, or any registry speaking it). Thread-safe. Registrations are cached
 * per (subject, schema) and ids per id forever: a schema id never changes meaning, so a producer
 * or consumer talks to the registry once per type, not once per record.
 */
public class SchemaRegistryClient {

    private record Registration(String subject, Schema schema) {}

    private final RegistryHttp http;
    private final Map<Registration, Integer> registered = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> byId = new ConcurrentHashMap<>();

    /** A registry that asks for no credentials (the local stack's). */
    public SchemaRegistryClient(URI baseUrl, Duration timeout) {
        this(baseUrl, timeout, RegistryCredentials.none());
    }

    /** A registry that requires {@code credentials} on every call (production's). */
    public SchemaRegistryClient(URI baseUrl, Duration timeout, RegistryCredentials credentials) {
        this.http = new RegistryHttp(baseUrl, timeout, credentials);
    }

    /** The base URL this client talks to, without a trailing slash. */
    public String baseUrl() {
        return http.baseUrl();
    }

    /** Registers (or finds) the schema under the subject; the registry answers 409 if incompatible. */
    public int register(String subject, Schema schema) {
        return registered.computeIfAbsent(new Registration(subject, schema), r -> {
            JsonNode body = http.call(
                    "POST",
                    "/subjects/" + encode(subject) + "/versions",
                    Map.of("schema", schema.toString()),
                    "registering subject " + subject);
            int id = body.path("id").asInt();
            byId.putIfAbsent(id, schema);
            return id;
        });
    }

    /** The schema with this id; 404 (unknown id) is a {@link SchemaRegistryException}. */
    public Schema schemaById(int id) {
        return byId.computeIfAbsent(id, i -> {
            JsonNode body = http.call("GET", "/schemas/ids/" + i, null, "schema id " + i);
            return new Schema.Parser().parse(body.path("schema").asString());
        });
    }

    /** The id of this schema under the subject, or empty when it is not registered there. */
    public OptionalInt lookup(String subject, Schema schema) {
        Integer cached = registered.get(new Registration(subject, schema));
        if (cached != null) {
            return OptionalInt.of(cached);
        }
        try {
            JsonNode body = http.call(
                    "POST",
                    "/subjects/" + encode(subject),
                    Map.of("schema", schema.toString()),
                    "looking up a schema under subject " + subject);
            int id = body.path("id").asInt();
            registered.put(new Registration(subject, schema), id);
            byId.putIfAbsent(id, schema);
            return OptionalInt.of(id);
        } catch (SchemaRegistryException e) {
            if (e.isNotFound()) {
                return OptionalInt.empty();
            }
            throw e;
        }
    }

    /** Sets a subject's compatibility level, e.g. {@code FULL_TRANSITIVE}. */
    public void setCompatibility(String subject, String level) {
        http.call(
                "PUT",
                "/config/" + encode(subject),
                Map.of("compatibility", level),
                "setting compatibility of subject " + subject);
    }

    /** Sets the registry-wide compatibility level. */
    public void setGlobalCompatibility(String level) {
        http.call("PUT", "/config", Map.of("compatibility", level), "setting global compatibility");
    }

    /** The registry-wide compatibility level. */
    public String globalCompatibility() {
        return level(http.call("GET", "/config", null, "reading global compatibility"));
    }

    /** A subject's compatibility level, falling back to the global one when it has none. */
    public String compatibility(String subject) {
        return level(http.call(
                "GET",
                "/config/" + encode(subject) + "?defaultToGlobal=true",
                null,
                "reading compatibility of subject " + subject));
    }

    private static String level(JsonNode body) {
        // GET answers compatibilityLevel; some registries answer compatibility.
        JsonNode level = body.has("compatibilityLevel") ? body.get("compatibilityLevel") : body.path("compatibility");
        return level.asString();
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
