package org.irtiqa.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens for the demo accounts of the local provider (LOCAL USE ONLY), obtained through a
 * real client-credentials grant: each account is also a client whose secret is its password. For
 * tests and {@code ./irtiqa token}; plain JDK, so that non-Spring callers can use it.
 *
 * <pre>
 * String admin = AccessTokens.of(LocalStack.shared().identityProvider().issuerUri()).token("admin");
 * </pre>
 *
 * A token is reused until 60 s before it expires; {@link #fresh} asks for a new one.
 */
public final class AccessTokens {

    private static final Map<String, AccessTokens> BY_ISSUER = new ConcurrentHashMap<>();
    private static final Duration MARGIN = Duration.ofSeconds(60);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Cached(String token, Instant reuseUntil) {}

    private final String issuer;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private AccessTokens(String issuer) {
        this.issuer = issuer;
    }

    /** The tokens of the provider at {@code issuerUri} (a trailing slash is ignored). */
    public static AccessTokens of(String issuerUri) {
        String issuer = issuerUri.endsWith("/") ? issuerUri.substring(0, issuerUri.length() - 1) : issuerUri;
        return BY_ISSUER.computeIfAbsent(issuer, AccessTokens::new);
    }

    /** The password (and client secret) of a demo account: written in the source, local only. */
    public static String password(String account) {
        return "local-only-" + account;
    }

    /** A valid access token for {@code account}, from the cache while it has over 60 s left. */
    public String token(String account) {
        Cached cached = cache.get(account);
        if (cached != null && Instant.now().isBefore(cached.reuseUntil())) {
            return cached.token();
        }
        return fresh(account);
    }

    /** A new access token for {@code account}, whatever the cache holds. */
    public String fresh(String account) {
        String body = requestToken(account);
        Matcher token = ACCESS_TOKEN.matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("The token endpoint of " + issuer + " answered without a token: " + body);
        }
        Matcher expiresIn = EXPIRES_IN.matcher(body);
        long seconds = expiresIn.find() ? Long.parseLong(expiresIn.group(1)) : 0;
        cache.put(
                account,
                new Cached(token.group(1), Instant.now().plusSeconds(seconds).minus(MARGIN)));
        return token.group(1);
    }

    private String requestToken(String account) {
        String credentials = Base64.getEncoder()
                .encodeToString((account + ":" + password(account)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "No identity provider answers at " + issuer + " (is ./irtiqa run running?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted asking " + issuer + " for a token", e);
        }
        if (response.statusCode() == 401) {
            throw new IllegalStateException("The identity provider at " + issuer + " knows no demo account '"
                    + account + "' (admin, operator, viewer, coordinator-<CODE>, demo-loader, ...): "
                    + response.body());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The token endpoint of " + issuer + " answered " + response.statusCode()
                    + " for '" + account + "': " + response.body());
        }
        return response.body();
    }
}
