package org.irtiqa.analytics.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.context.ContextConfiguration;

/**
 * A session's access token expires long before the session does: analytics refreshes it at the
 * real provider, and when the provider refuses the refresh the session ends (401). The expiry is
 * brought forward by rewriting the tokens kept in the session's row in PostgreSQL, which is where
 * every analytics instance reads them from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
class TokenRefreshTest {

    private static final String PROGRAMME = "/api/readiness/programme";
    private static final String ATTRIBUTE =
            HttpSessionOAuth2AuthorizedClientRepository.class.getName() + ".AUTHORIZED_CLIENTS";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient database;

    @Test
    void anExpiredAccessTokenIsRefreshedAndTheSessionGoesOn() throws Exception {
        Browser viewer = new Browser(port);
        viewer.signIn("viewer");
        String session = sessionId(viewer);
        OAuth2AuthorizedClient signedIn = stored(session);
        expire(session, signedIn);

        assertThat(viewer.get(PROGRAMME).statusCode()).isEqualTo(200);
        OAuth2AuthorizedClient refreshed = stored(session);
        assertThat(refreshed.getAccessToken().getTokenValue())
                .isNotEqualTo(signedIn.getAccessToken().getTokenValue());
        assertThat(refreshed.getAccessToken().getExpiresAt()).isAfter(Instant.now());
    }

    @Test
    void aRefreshTheProviderRefusesEndsTheSession() throws Exception {
        Browser viewer = new Browser(port);
        viewer.signIn("viewer");
        String session = sessionId(viewer);
        OAuth2AuthorizedClient signedIn = stored(session);
        revoke(signedIn.getRefreshToken().getTokenValue());
        expire(session, signedIn);

        HttpResponse<String> afterwards = viewer.get(PROGRAMME);

        assertThat(afterwards.statusCode()).isEqualTo(401);
        assertThat(afterwards.body()).contains("/problems/unauthenticated");
        assertThat(database.sql("SELECT count(*) FROM spring_session WHERE session_id = ?")
                        .param(session)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static String sessionId(Browser browser) {
        return Browser.sessionId(browser.cookie("IRTIQA_SESSION").orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private OAuth2AuthorizedClient stored(String session) throws Exception {
        byte[] bytes = database.sql("SELECT a.attribute_bytes FROM spring_session_attributes a"
                        + " JOIN spring_session s ON s.primary_id = a.session_primary_id"
                        + " WHERE s.session_id = ? AND a.attribute_name = ?")
                .params(session, ATTRIBUTE)
                .query(byte[].class)
                .single();
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return ((Map<String, OAuth2AuthorizedClient>) in.readObject()).get("irtiqa");
        }
    }

    /** The same tokens, but the access token expired ten minutes ago as far as analytics knows. */
    private void expire(String session, OAuth2AuthorizedClient client) throws Exception {
        OAuth2AccessToken token = client.getAccessToken();
        Instant now = Instant.now();
        var expired = new OAuth2AuthorizedClient(
                client.getClientRegistration(),
                client.getPrincipalName(),
                new OAuth2AccessToken(
                        token.getTokenType(),
                        token.getTokenValue(),
                        now.minus(Duration.ofMinutes(20)),
                        now.minus(Duration.ofMinutes(10)),
                        token.getScopes()),
                client.getRefreshToken());
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(Map.of("irtiqa", expired)));
        }
        int updated = database.sql("UPDATE spring_session_attributes SET attribute_bytes = ?"
                        + " WHERE attribute_name = ? AND session_primary_id ="
                        + " (SELECT primary_id FROM spring_session WHERE session_id = ?)")
                .params(bytes.toByteArray(), ATTRIBUTE, session)
                .update();
        assertThat(updated).isEqualTo(1);
    }

    /** The dashboard client revokes its refresh token at the provider (RFC 7009), as a sign-out elsewhere would. */
    private static void revoke(String refreshToken) throws Exception {
        String issuer = LocalStack.shared().identityProvider().issuerUri();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> revoked = http.send(
                    HttpRequest.newBuilder(URI.create(issuer + "/oauth2/revoke"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString("dashboard:local-only-dashboard"
                                                            .getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString("token_type_hint=refresh_token&token="
                                    + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        }
    }
}
