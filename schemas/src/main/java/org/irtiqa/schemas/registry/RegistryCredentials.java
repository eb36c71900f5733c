package org.irtiqa.schemas.registry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * How {@link SchemaRegistryClient} signs in to a registry that requires it (security.md "Kafka and
 * the registry"): HTTP basic with a {@code user:password} user-info, as Confluent's
 * {@code basic.auth.credentials.source=USER_INFO} with {@code basic.auth.user.info}; or a static
 * bearer token, as {@code bearer.auth.credentials.source=STATIC_TOKEN} with
 * {@code bearer.auth.token}; or nothing. The secret appears only in the Authorization header:
 * {@link #toString()} hides it, and no message of the client names it.
 */
public final class RegistryCredentials {

    private static final RegistryCredentials NONE = new RegistryCredentials(null, "none");

    private final String authorization;
    private final String description;

    private RegistryCredentials(String authorization, String description) {
        this.authorization = authorization;
        this.description = description;
    }

    public static RegistryCredentials none() {
        return NONE;
    }

    /** {@code userInfo} is {@code user:password} (the password may itself contain ':'). */
    public static RegistryCredentials basic(String userInfo) {
        int colon = userInfo == null ? -1 : userInfo.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("The registry's basic-auth user info must be user:password");
        }
        String encoded = Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
        return new RegistryCredentials("Basic " + encoded, "basic (user " + userInfo.substring(0, colon) + ")");
    }

    public static RegistryCredentials bearer(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("The registry's bearer token is empty");
        }
        return new RegistryCredentials("Bearer " + token.strip(), "bearer token");
    }

    /** The Authorization header's value, when there are credentials. */
    Optional<String> authorization() {
        return Optional.ofNullable(authorization);
    }

    @Override
    public String toString() {
        return "RegistryCredentials[" + description + "]";
    }
}
