package org.irtiqa.localstack;

import java.util.List;

/**
 * A user of a {@link RegistryServer#requiringCredentials registry that requires credentials}
 * (HTTP basic), and how a service is given it: the registry settings of service-support
 * ({@code irtiqa.schema-registry.basic-auth-user-info}, what infra/deploy sets from a secret).
 * LOCAL USE ONLY: the passwords of {@link #service} are in the repository and named so.
 * {@link #toString()} leaves the password out.
 */
public record RegistryUser(String user, String password) {

    /** LOCAL USE ONLY: the registry user of a service of {@link KafkaAcls#SERVICES}, named like it. */
    public static RegistryUser service(String service) {
        if (!KafkaAcls.SERVICES.contains(service)) {
            throw new IllegalArgumentException("No registry user for " + service + "; there are " + KafkaAcls.SERVICES);
        }
        return new RegistryUser(service, "local-only-registry-" + service);
    }

    /** Confluent's {@code basic.auth.user.info}: {@code user:password}. */
    public String userInfo() {
        return user + ":" + password;
    }

    public List<String> springArguments() {
        return List.of("--irtiqa.schema-registry.basic-auth-user-info=" + userInfo());
    }

    public RegistryUser withPassword(String other) {
        return new RegistryUser(user, other);
    }

    @Override
    public String toString() {
        return "RegistryUser[user=" + user + ", password=(hidden)]";
    }
}
