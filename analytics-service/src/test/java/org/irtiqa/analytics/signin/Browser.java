package org.irtiqa.analytics.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person at a browser, as far as cookies and redirects go: a cookie-keeping HTTP client that
 * signs in through the real provider's login form (authorization request, form with its CSRF
 * token, the code back to analytics), and then calls analytics with its cookies only.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String app;

    Browser(int port) {
        this.app = "http://127.0.0.1:" + port;
    }

    /**
     * Signs in as a demo account (password {@code local-only-<account>}) from the dashboard's
     * sign-in link, following every redirect; answers the session id analytics gave before sign-in.
     */
    String signIn(String account) throws Exception {
        HttpResponse<String> response = get(app + "/oauth2/authorization/irtiqa");
        assertThat(response.statusCode()).isEqualTo(302);
        String before = cookie("IRTIQA_SESSION").orElseThrow();
        StringBuilder trail = new StringBuilder();
        while (response.statusCode() == 302) {
            String location = location(response);
            trail.append("\n").append(location);
            response = get(location);
            if (response.statusCode() == 200 && location.endsWith("/login")) {
                Matcher csrf = CSRF.matcher(response.body());
                assertThat(csrf.find())
                        .as("the provider's login form has a CSRF token")
                        .isTrue();
                response = post(
                        location,
                        "username=" + account + "&password=local-only-" + account + "&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8),
                        null);
            }
        }
        assertThat(trail.toString()).as("signed in and back on the dashboard").endsWith("\n" + app + "/");
        assertThat(response.statusCode()).isEqualTo(200);
        return before;
    }

    /** A GET as the page's script makes it ({@code /api/...}: JSON) or as a navigation (HTML). */
    HttpResponse<String> get(String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url.startsWith("/") ? app + url : url))
                        .header("Accept", url.startsWith("/api/") ? "application/json" : "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST; {@code csrf} (null: none) goes in the X-XSRF-TOKEN header, as the page sends it. */
    HttpResponse<String> post(String url, String form, String csrf) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.startsWith("/") ? app + url : url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** A cookie as if the server had set it (a stolen or remembered one, say). */
    void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(app), cookie);
    }

    /** Spring Session's cookie holds the session id in Base64. */
    static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    /** The provider's end-session endpoint, from its discovery document. */
    static String endSessionEndpoint(String issuer) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String discovery = http.send(
                            HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher endpoint =
                    Pattern.compile("\"end_session_endpoint\":\"([^\"]+)\"").matcher(discovery);
            assertThat(endpoint.find()).isTrue();
            return endpoint.group(1);
        }
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }
}
