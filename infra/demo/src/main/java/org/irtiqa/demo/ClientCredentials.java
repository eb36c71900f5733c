package org.irtiqa.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The loader's sign-in: the OAuth2 client-credentials grant against any OpenID Connect provider
 * (its token endpoint from the issuer's discovery document), the token reused until a minute
 * before it expires. The local provider's loader client is {@code demo-loader} with a local-only
 * secret; elsewhere both come from the command line.
 */
public final class ClientCredentials implements Supplier<String> {

    public static final String LOCAL_CLIENT = "demo-loader";
    public static final String LOCAL_SECRET = "local-only-demo-loader";

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String issuer;
    private final String basic;
    private String tokenEndpoint;
    private String token;
    private Instant renewAt = Instant.MIN;

    public ClientCredentials(String issuer, String clientId, String secret) {
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        this.basic = Base64.getEncoder()
                .encodeToString((encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code Authorization} header value: {@code Bearer <access token>}. */
    @Override
    public synchronized String get() {
        if (Instant.now().isAfter(renewAt)) {
            JsonNode answer = send(HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
            token = answer.get("access_token").asString();
            long lifetime = answer.has("expires_in") ? answer.get("expires_in").asLong() : 60;
            renewAt = Instant.now().plusSeconds(Math.max(0, lifetime - 60));
        }
        return "Bearer " + token;
    }

    private String tokenEndpoint() {
        if (tokenEndpoint == null) {
            tokenEndpoint = send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration")))
                    .get("token_endpoint")
                    .asString();
        }
        return tokenEndpoint;
    }

    private static JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "sign-in failed: " + request.build().uri() + " answered " + response.statusCode());
            }
            return Http.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("sign-in failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
