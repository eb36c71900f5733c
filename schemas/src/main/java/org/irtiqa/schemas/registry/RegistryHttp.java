package org.irtiqa.schemas.registry;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP half of {@link SchemaRegistryClient}: one JSON call, turned into a {@link JsonNode} or
 * a {@link SchemaRegistryException} that names what was asked ({@code what}) and the URL.
 */
final class RegistryHttp {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final ObjectMapper json = JsonMapper.builder().build();
    private final HttpClient http;
    private final String baseUrl;
    private final Duration timeout;
    private final RegistryCredentials credentials;

    RegistryHttp(URI baseUrl, Duration timeout, RegistryCredentials credentials) {
        String base = baseUrl.toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.timeout = timeout;
        this.credentials = credentials;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    String baseUrl() {
        return baseUrl;
    }

    JsonNode call(String method, String path, Object body, String what) {
        URI uri = URI.create(baseUrl + path);
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", CONTENT_TYPE + ", application/json")
                .header("Content-Type", CONTENT_TYPE)
                .method(method, publisher);
        credentials.authorization().ifPresent(value -> builder.header("Authorization", value));
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw unreachable("timed out after " + timeout.toMillis() + " ms", method, uri, what, e);
        } catch (ConnectException e) {
            throw unreachable("connection refused", method, uri, what, e);
        } catch (IOException e) {
            throw unreachable("I/O error: " + e, method, uri, what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable("interrupted", method, uri, what, e);
        }
        return parse(response, method, uri, what);
    }

    private JsonNode parse(HttpResponse<String> response, String method, URI uri, String what) {
        int status = response.statusCode();
        JsonNode node;
        try {
            node = response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
        } catch (JacksonException e) {
            node = json.nullNode();
        }
        if (status / 100 == 2) {
            return node;
        }
        int errorCode = node.path("error_code").asInt(-1);
        String detail = node.path("message").asString(response.body());
        String message = "Schema registry answered HTTP " + status + " (error_code " + errorCode + ") for " + what
                + " at " + method + " " + uri + ": " + detail;
        if (status == 409) {
            throw new IncompatibleSchemaException(message, errorCode);
        }
        throw new SchemaRegistryException(message, status, errorCode, null);
    }

    private static SchemaRegistryException unreachable(
            String why, String method, URI uri, String what, Exception cause) {
        return new SchemaRegistryException(
                "Schema registry unreachable (" + why + ") for " + what + " at " + method + " " + uri, -1, -1, cause);
    }
}
