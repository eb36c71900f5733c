package org.irtiqa.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/**
 * What turns a {@link KafkaBroker} into one shaped like production (security.md "Kafka and the
 * registry"): a SASL_PLAINTEXT listener on 127.0.0.1 with SCRAM-SHA-512, Kafka's
 * {@code StandardAuthorizer} refusing whatever no ACL allows, no topic made on a client's whim,
 * one super user for setup and one user per service, granted {@link KafkaAcls}' table.
 *
 * <p>LOCAL USE ONLY: every password here is in the repository and named {@code local-only-…};
 * production credentials come from secrets (infra/deploy).
 *
 * <p>The SCRAM credentials are written into the metadata log when the storage is formatted
 * ({@code --add-scram}, KIP-900): the broker authenticates to itself as the super user before any
 * client could have created one. The controller listener authenticates with SASL PLAIN (SCRAM is
 * not available there), knowing the super user only, so no unauthenticated principal is trusted.
 */
public final class SaslScram {

    /** LOCAL USE ONLY: the super user that formats, starts and grants (also the broker's own identity). */
    public static final KafkaCredentials SUPER_USER = new KafkaCredentials("admin", "local-only-kafka-admin");

    private SaslScram() {}

    /** LOCAL USE ONLY: the SCRAM user of a service of {@link KafkaAcls#SERVICES}, named like it. */
    public static KafkaCredentials service(String service) {
        if (!KafkaAcls.SERVICES.contains(service)) {
            throw new IllegalArgumentException("No Kafka user for " + service + "; there are " + KafkaAcls.SERVICES);
        }
        return new KafkaCredentials(service, "local-only-kafka-" + service);
    }

    static void configure(Properties p, int port, int controllerPort) {
        p.setProperty("listeners", "SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("inter.broker.listener.name", "SASL_PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT");
        p.setProperty("sasl.enabled.mechanisms", KafkaCredentials.MECHANISM);
        p.setProperty("sasl.mechanism.inter.broker.protocol", KafkaCredentials.MECHANISM);
        p.setProperty("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", SUPER_USER.jaasConfig());
        p.setProperty("sasl.mechanism.controller.protocol", "PLAIN");
        p.setProperty("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.setProperty(
                "listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + SUPER_USER.user()
                        + "\" password=\"" + SUPER_USER.password() + "\" user_" + SUPER_USER.user() + "=\""
                        + SUPER_USER.password() + "\";");
        p.setProperty("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.setProperty("super.users", KafkaAcls.principal(SUPER_USER.user()));
        p.setProperty("allow.everyone.if.no.acl.found", "false");
        // Topics are declared by their writer (events.md); a consumer's metadata request makes none.
        p.setProperty("auto.create.topics.enable", "false");
    }

    /** {@code kafka-storage format} arguments adding every user's SCRAM credentials. */
    static List<String> formatArguments() {
        List<String> arguments = new ArrayList<>();
        List<KafkaCredentials> users = new ArrayList<>(List.of(SUPER_USER));
        KafkaAcls.SERVICES.forEach(service -> users.add(service(service)));
        for (KafkaCredentials user : users) {
            arguments.add("--add-scram");
            arguments.add(KafkaCredentials.MECHANISM + "=[name=" + user.user() + ",password=" + user.password() + "]");
        }
        return arguments;
    }

    /** Creates the table's ACLs (again, harmlessly, after a restart: an existing binding is kept). */
    static void grant(Admin admin) {
        try {
            admin.createAcls(KafkaAcls.bindings()).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted granting the Kafka ACLs", e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not grant the Kafka ACLs: " + e.getMessage(), e);
        }
    }
}
