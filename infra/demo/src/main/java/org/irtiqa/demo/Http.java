package org.irtiqa.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON-over-HTTP client of the public APIs (java.net.http and Jackson 3); tests may override {@link #post} to inject faults. */
public class Http {

    /** A response: its status and JSON body (null when empty). */
    public record Response(int status, JsonNode body) {

        public boolean ok() {
            return status / 100 == 2;
        }

        public String text(String field) {
            return body.get(field).asString();
        }

        /** The problem type's last segment, e.g. {@code idempotency-key-in-use}, or "". */
        public String problem() {
            JsonNode type = body == null ? null : body.get("type");
            if (type == null || type.isNull()) {
                return "";
            }
            String uri = type.asString();
            return uri.substring(uri.lastIndexOf('/') + 1);
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final Duration timeout;
    private final Supplier<String> authorization;

    /** A client of {@code baseUrl} that sends {@code authorization}'s header value on every request. */
    public Http(String baseUrl, Supplier<String> authorization) {
        this(baseUrl, Duration.ofSeconds(30), authorization);
    }

    public Http(String baseUrl, Duration timeout, Supplier<String> authorization) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.timeout = timeout;
        this.authorization = authorization;
    }

    public Supplier<String> authorization() {
        return authorization;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** POSTs JSON; {@code idempotencyKey} may be null. Throws IOException on a connection failure or timeout. */
    public Response post(String path, Object body, String idempotencyKey) throws IOException {
        return post(path, "application/json", JSON.writeValueAsString(body), idempotencyKey);
    }

    /** POSTs a body of any content type (e.g. {@code text/csv}). */
    public Response post(String path, String contentType, String body, String idempotencyKey) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    /** PUTs JSON: a correction, idempotent by itself (the same body twice changes nothing more). */
    public Response put(String path, Object body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    private Response send(HttpRequest.Builder request) throws IOException {
        request.header("Authorization", authorization.get());
        try {
            HttpResponse<String> response =
                    CLIENT.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(), body == null || body.isBlank() ? null : JSON.readTree(body));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
