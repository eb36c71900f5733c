package org.irtiqa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's sign-in, driven as a browser would: authorize, the login form (with its CSRF
 * token and the IRTIQA_IDP_SESSION cookie), back to the redirect URI with a code, and the code
 * exchanged with its PKCE verifier for tokens.
 */
class AuthorizationCodeFlowTest extends RunningProvider {

    private static final String REDIRECT = "http://127.0.0.1:8083/login/oauth2/code/irtiqa";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void viewerSignsInWithPkceAndGetsAnAccessTokenWithItsRoles() throws Exception {
        JsonNode body = signInAsViewer();
        Jwt access = verify(body.get("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("viewer");
        assertThat(access.getAudience()).containsExactly("irtiqa");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("VIEWER");
        assertThat(access.getClaimAsStringList("scope")).containsExactlyInAnyOrder("openid", "profile");
        Jwt id = NimbusJwtDecoder.withJwkSetUri(ISSUER + "/oauth2/jwks")
                .build()
                .decode(body.get("id_token").asString());
        assertThat(id.getHeaders()).doesNotContainKey("typ"); // as Spring Authorization Server makes it: not at+jwt
        assertThat(id.getAudience()).containsExactly("dashboard");
        assertThat(id.getSubject()).isEqualTo("viewer");
        assertThat(body.get("refresh_token").asString()).isNotBlank();
    }

    /** RP-initiated logout returns to the dashboard's origin on any loopback port, and nowhere else. */
    @Test
    void signingOutReturnsToTheDashboardOnAnyLoopbackPortOnly() throws Exception {
        String idToken = signInAsViewer().get("id_token").asString();
        String elsewhere = ISSUER + "/connect/logout?"
                + form(Map.of("id_token_hint", idToken, "post_logout_redirect_uri", "http://evil.example/"));
        assertThat(get(elsewhere).statusCode()).isEqualTo(400);

        String back = "http://127.0.0.1:45123/";
        HttpResponse<String> signedOut = get(
                ISSUER + "/connect/logout?" + form(Map.of("id_token_hint", idToken, "post_logout_redirect_uri", back)));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(location(signedOut)).isEqualTo(back);
        String authorize = ISSUER + "/oauth2/authorize?"
                + form(Map.of(
                        "response_type", "code",
                        "client_id", "dashboard",
                        "redirect_uri", REDIRECT,
                        "scope", "openid",
                        "code_challenge", base64Url(random(32)),
                        "code_challenge_method", "S256"));
        assertThat(location(get(authorize)))
                .as("the provider's session has ended: back to the login form")
                .isEqualTo(ISSUER + "/login");
    }

    private JsonNode signInAsViewer() throws Exception {
        String verifier = base64Url(random(32));
        String challenge =
                base64Url(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = ISSUER + "/oauth2/authorize?"
                + form(Map.of(
                        "response_type", "code",
                        "client_id", "dashboard",
                        "redirect_uri", REDIRECT,
                        "scope", "openid profile",
                        "state", "s-1",
                        "code_challenge", challenge,
                        "code_challenge_method", "S256"));

        HttpResponse<String> toLogin = get(authorize);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(location(toLogin)).isEqualTo(ISSUER + "/login");
        assertThat(cookies.getCookieStore().getCookies())
                .anySatisfy(cookie -> assertThat(cookie.getName()).isEqualTo("IRTIQA_IDP_SESSION"));

        Matcher csrf = CSRF.matcher(get(ISSUER + "/login").body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        HttpResponse<String> signedIn = post(
                ISSUER + "/login",
                form(Map.of("username", "viewer", "password", "local-only-viewer", "_csrf", csrf.group(1))),
                null);
        assertThat(signedIn.statusCode()).isEqualTo(302);

        HttpResponse<String> toDashboard = get(location(signedIn));
        assertThat(toDashboard.statusCode()).isEqualTo(302);
        URI redirect = URI.create(location(toDashboard));
        assertThat(redirect.toString()).startsWith(REDIRECT + "?");
        Map<String, String> query = query(redirect);
        assertThat(query).containsEntry("state", "s-1");

        HttpResponse<String> tokens = post(
                ISSUER + "/oauth2/token",
                form(Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        query.get("code"),
                        "redirect_uri",
                        REDIRECT,
                        "code_verifier",
                        verifier)),
                basic("dashboard", "local-only-dashboard"));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return json(tokens.body());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return value;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
