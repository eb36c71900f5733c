package org.irtiqa.support.events;

import java.net.URI;
import java.time.Duration;
import org.irtiqa.schemas.registry.RegistryCredentials;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code irtiqa.schema-registry.*}: the registry's Confluent API base URL (for Apicurio,
 * {@code http://host:port/apis/ccompat/v7}), the timeout of each call to it, and the credentials a
 * registry that requires them gets (security.md "Kafka and the registry"), as Confluent's clients
 * take them: {@code basic-auth-user-info} ({@code user:password}, like {@code basic.auth.user.info})
 * or {@code bearer-token} (like {@code bearer.auth.token}), never both. Set from secrets
 * (infra/deploy); {@link #toString()} leaves them out.
 */
@ConfigurationProperties("irtiqa.schema-registry")
public record SchemaRegistryProperties(
        URI url, @DefaultValue("5s") Duration timeout, String basicAuthUserInfo, String bearerToken) {

    RegistryCredentials credentials() {
        boolean basic = basicAuthUserInfo != null && !basicAuthUserInfo.isBlank();
        boolean bearer = bearerToken != null && !bearerToken.isBlank();
        if (basic && bearer) {
            throw new IllegalStateException(
                    "Set irtiqa.schema-registry.basic-auth-user-info or irtiqa.schema-registry.bearer-token, not both");
        }
        if (basic) {
            return RegistryCredentials.basic(basicAuthUserInfo);
        }
        return bearer ? RegistryCredentials.bearer(bearerToken) : RegistryCredentials.none();
    }

    @Override
    public String toString() {
        return "SchemaRegistryProperties[url=" + url + ", timeout=" + timeout + ", credentials="
                + (basicAuthUserInfo != null || bearerToken != null ? "(hidden)" : "none") + "]";
    }
}
