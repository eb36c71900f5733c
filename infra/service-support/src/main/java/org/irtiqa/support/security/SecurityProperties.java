package org.irtiqa.support.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service knows of the identity provider (security.md): its issuer URI, the audience its
 * tokens must name, and the paths of the two claims (dotted, since providers nest them: Keycloak
 * has {@code realm_access.roles}). Nothing else about the provider.
 *
 * @param issuerUri the provider's issuer, exactly as its tokens' {@code iss}; its JWK set is found
 *     through the issuer's discovery document, on the first request that carries a token
 * @param audience the {@code aud} every accepted token must contain
 * @param rolesClaim the path of the claim holding the roles (an array of strings)
 * @param institutionClaim the path of the claim holding a coordinator's institution code
 * @param tokenType the JOSE {@code typ} an access token must have ({@code at+jwt}, RFC 9068); empty
 *     for a provider that does not set it, where the audience alone tells access from ID tokens
 * @param clockSkew how far {@code exp} and {@code nbf} may be off (60 s at most, security.md)
 */
@ConfigurationProperties("irtiqa.security")
public record SecurityProperties(
        String issuerUri,
        String audience,
        String rolesClaim,
        String institutionClaim,
        String tokenType,
        Duration clockSkew) {

    static final Duration MAX_SKEW = Duration.ofSeconds(60);

    public SecurityProperties {
        audience = audience == null || audience.isBlank() ? "irtiqa" : audience;
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        institutionClaim = institutionClaim == null || institutionClaim.isBlank() ? "institution" : institutionClaim;
        tokenType = tokenType == null ? "at+jwt" : tokenType.trim();
        clockSkew = clockSkew == null ? MAX_SKEW : clockSkew;
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_SKEW) > 0) {
            throw new IllegalArgumentException("irtiqa.security.clock-skew must be 0 to 60 s, not " + clockSkew);
        }
    }

    String requiredIssuerUri() {
        if (issuerUri == null || issuerUri.isBlank()) {
            throw new IllegalStateException("irtiqa.security.issuer-uri is not set: the service accepts tokens of one"
                    + " OpenID Connect provider, and needs its issuer URI (README, 'Operating it')");
        }
        return issuerUri;
    }
}
