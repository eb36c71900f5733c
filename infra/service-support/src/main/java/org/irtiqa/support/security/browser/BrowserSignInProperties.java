package org.irtiqa.support.security.browser;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code irtiqa.security.browser-sign-in.*}: whether a service signs people in through the
 * provider of {@code irtiqa.security.issuer-uri}, as which confidential client, and the absolute
 * lifetime of a session (the idle timeout is Spring Session's {@code spring.session.timeout}).
 * The secret comes from the environment in production, never from the repository.
 *
 * @param enabled whether the service serves browsers with sessions (off: bearer tokens only)
 * @param clientId the provider's client of the dashboard
 * @param clientSecret that client's secret
 * @param absoluteTimeout how long a session lives at most, however busy (security.md: 10 hours)
 */
@ConfigurationProperties("irtiqa.security.browser-sign-in")
public record BrowserSignInProperties(boolean enabled, String clientId, String clientSecret, Duration absoluteTimeout) {

    /** The registration id, as in {@code /oauth2/authorization/irtiqa} and the redirect URI. */
    public static final String REGISTRATION_ID = "irtiqa";

    public BrowserSignInProperties {
        absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(10) : absoluteTimeout;
        if (enabled && (isBlank(clientId) || isBlank(clientSecret))) {
            throw new IllegalStateException("irtiqa.security.browser-sign-in.enabled is true, but client-id or"
                    + " client-secret is not set: the dashboard signs in as a confidential client of the provider");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
