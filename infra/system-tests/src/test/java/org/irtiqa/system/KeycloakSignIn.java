package org.irtiqa.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.irtiqa.localstack.KeycloakServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signing in to {@link KeycloakServer}'s realm as a person, with the password grant of its test
 * client (fine for a test; people sign in with the authorization-code flow): a fresh grant each
 * time, asking for {@code openid} so that the answer holds an ID token beside the access token.
 */
final class KeycloakSignIn {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String tokenEndpoint;
    private final String clientId;
    private final String clientSecret;

    KeycloakSignIn(String tokenEndpoint, String clientId, String clientSecret) {
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    String accessToken(String user) {
        return grant(user).get("access_token").asText();
    }

    /** An ID token: signed by the same key and issuer, but its audience is the client id. */
    String idToken(String user) {
        return grant(user).get("id_token").asText();
    }

    /** A JWT's JOSE header, decoded (not verified). */
    static JsonNode header(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))));
    }

    private JsonNode grant(String user) {
        String form = "grant_type=password&scope=openid"
                + "&client_id=" + encoded(clientId)
                + "&client_secret=" + encoded(clientSecret)
                + "&username=" + encoded(user)
                + "&password=" + encoded(KeycloakServer.password(user));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Keycloak refused " + user + ": " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("No Keycloak at " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
