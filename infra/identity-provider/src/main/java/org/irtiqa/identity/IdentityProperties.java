package org.irtiqa.identity;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code irtiqa.identity.*}, defaults in identity-provider.yml. {@code issuer} is the exact issuer
 * URI (no trailing slash) that tokens carry and the services are configured with; {@code keyFile},
 * when set, keeps the signing key across restarts.
 */
@ConfigurationProperties("irtiqa.identity")
record IdentityProperties(
        String issuer,
        List<String> dashboardRedirectUris,
        List<String> dashboardPostLogoutUris,
        String audience,
        Path keyFile) {}
