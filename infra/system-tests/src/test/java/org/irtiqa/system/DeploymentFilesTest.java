package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irtiqa.system.DeployFiles.DEPLOY;
import static org.irtiqa.system.DeployFiles.applicationYml;
import static org.irtiqa.system.DeployFiles.at;
import static org.irtiqa.system.DeployFiles.composeService;
import static org.irtiqa.system.DeployFiles.container;
import static org.irtiqa.system.DeployFiles.dockerfile;
import static org.irtiqa.system.DeployFiles.healthcheck;
import static org.irtiqa.system.DeployFiles.kubernetes;
import static org.irtiqa.system.DeployFiles.kubernetesEnvironment;
import static org.irtiqa.system.DeployFiles.list;
import static org.irtiqa.system.DeployFiles.load;
import static org.irtiqa.system.DeployFiles.names;
import static org.irtiqa.system.DeployFiles.pod;
import static org.irtiqa.system.DeployFiles.properties;
import static org.irtiqa.system.DeployFiles.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.irtiqa.localstack.AccessTokens;
import org.irtiqa.localstack.KafkaAcls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The files of {@code infra/deploy} against the services they run. No Docker engine or cluster runs
 * them here, so this is what keeps them from drifting from the code: every environment variable
 * binds, by Spring Boot's own relaxed binding, to a property the service knows (its application.yml
 * or service-support's documented ones); every port is its {@code server.port}; the probes are the
 * actuator's health groups; and every path probed or scraped answers 200 on the running service.
 */
class DeploymentFilesTest {

    private static final String LIVENESS = "/actuator/health/liveness";
    private static final String READINESS = "/actuator/health/readiness";

    /** service-support's properties (its README's table), which the services' application.yml leave out. */
    private static final Set<String> SUPPORT_PROPERTIES = Set.of(
            "irtiqa.schema-registry.url",
            "irtiqa.schema-registry.timeout",
            "irtiqa.schema-registry.basic-auth-user-info",
            "irtiqa.schema-registry.bearer-token",
            // Spring Kafka's standard security settings (the services' application.yml leave them out)
            "spring.kafka.security.protocol",
            "spring.kafka.properties.sasl.mechanism",
            "spring.kafka.properties.sasl.jaas.config",
            "spring.kafka.ssl.trust-store-type",
            "spring.kafka.ssl.trust-store-location",
            "irtiqa.topics.partitions",
            "irtiqa.topics.replication",
            "irtiqa.outbox.shards",
            "irtiqa.outbox.batch-size",
            "irtiqa.outbox.poll-interval",
            "irtiqa.outbox.relay.enabled",
            "irtiqa.outbox.relay.send-timeout",
            "irtiqa.web.max-body-size",
            "irtiqa.web.large-body-paths",
            "irtiqa.web.large-body-size",
            "irtiqa.idempotency.retention",
            "irtiqa.security.issuer-uri",
            "irtiqa.security.audience",
            "irtiqa.security.roles-claim",
            "irtiqa.security.institution-claim",
            "irtiqa.security.token-type",
            "irtiqa.security.clock-skew",
            "irtiqa.security.browser-sign-in.enabled",
            "irtiqa.security.browser-sign-in.client-id",
            "irtiqa.security.browser-sign-in.client-secret",
            "irtiqa.security.browser-sign-in.absolute-timeout");

    static List<String> services() {
        return Platform.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyEnvironmentVariableBindsToAPropertyTheServiceKnows(String service) {
        Set<String> known = new TreeSet<>(SUPPORT_PROPERTIES);
        known.addAll(properties("", applicationYml(service)));

        Collection<String> compose = names(at(composeService(service), "environment"));
        assertThat(compose).isNotEmpty();
        assertThat(unbound(compose, known))
                .as("compose variables of %s that bind to none of %s", service, known)
                .isEmpty();
        Set<String> kubernetes = kubernetesEnvironment(service);
        assertThat(kubernetes).isNotEmpty();
        assertThat(unbound(kubernetes, known))
                .as("Kubernetes variables of %s that bind to none of %s", service, known)
                .isEmpty();
    }

    /**
     * security.md "Kafka and the registry": on Kubernetes every service signs in to Kafka with SCRAM
     * over TLS as its own user (the principal the ACL table of KafkaAcls names) and to the registry
     * as its own user, each from a Secret of its own; compose takes them from variables of its own.
     */
    @ParameterizedTest
    @MethodSource("services")
    void eachServiceGetsItsOwnKafkaAndRegistryCredentialsFromSecrets(String service) {
        Map<String, Object> settings = at(kubernetes("ConfigMap", service), "data");
        assertThat(settings)
                .containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");
        assertThat(secretOf(service, "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"))
                .isEqualTo(List.of(service + "-kafka", "sasl-jaas-config"));
        assertThat(secretOf(service, "IRTIQA_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO"))
                .isEqualTo(List.of(service + "-schema-registry", "user-info"));
        assertThat(KafkaAcls.SERVICES).contains(service);

        String example = DeployFiles.read(DEPLOY.resolve("k8s/database-secrets.example.yaml"));
        assertThat(example)
                .as("the example Secret's Kafka user is the service's principal in the ACL table")
                .contains("name: " + service + "-kafka")
                .contains("username=\"" + service + "\"")
                .contains("user-info: " + service + ":");

        Map<String, Object> compose = at(composeService(service), "environment");
        String prefix = service.substring(0, service.indexOf('-')).toUpperCase();
        assertThat(String.valueOf(compose.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")))
                .isEqualTo("${" + prefix + "_KAFKA_SASL_JAAS_CONFIG:-}");
        assertThat(String.valueOf(compose.get("IRTIQA_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO")))
                .isEqualTo("${" + prefix + "_SCHEMA_REGISTRY_USER_INFO:-}");
    }

    /** The (Secret name, key) an environment variable of the service's container is read from. */
    private static List<String> secretOf(String service, String variable) {
        return list(container(service), "env").stream()
                .filter(v -> variable.equals(at(v, "name")))
                .map(v -> List.of(
                        text(v, "valueFrom", "secretKeyRef", "name"), text(v, "valueFrom", "secretKeyRef", "key")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(variable + " is not read from a Secret in " + service));
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyPortIsTheServersPort(String service) {
        String port = text(applicationYml(service), "server", "port");
        Map<String, Object> compose = composeService(service);
        Map<String, Object> buildArguments = at(compose, "build", "args");
        assertThat(String.valueOf(buildArguments.get("SERVICE"))).isEqualTo(service);
        assertThat(String.valueOf(buildArguments.get("PORT"))).isEqualTo(port);
        assertThat(list(compose, "ports")).map(String::valueOf).containsExactly(port + ":" + port);
        assertThat(healthcheck(service).group(1)).isEqualTo(port);
        assertThat(dockerfile()).contains("ARG PORT", "EXPOSE ${PORT}");

        Map<String, Object> container = container(service);
        assertThat(text(container, "ports", 0, "containerPort")).isEqualTo(port);
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(text(container, probe, "httpGet", "port")).as(probe).isEqualTo(port);
        }
        assertThat(text(pod(service), "metadata", "annotations", "prometheus.io/port"))
                .isEqualTo(port);
        Map<String, Object> servicePort = at(kubernetes("Service", service), "spec", "ports", 0);
        assertThat(String.valueOf(servicePort.get("port"))).isEqualTo(port);
        assertThat(String.valueOf(servicePort.get("targetPort"))).isEqualTo(port);
    }

    @ParameterizedTest
    @MethodSource("services")
    void probesAreTheActuatorsLivenessAndReadinessGroups(String service) {
        Map<String, Object> container = container(service);
        assertThat(text(container, "startupProbe", "httpGet", "path")).isEqualTo(LIVENESS);
        assertThat(text(container, "livenessProbe", "httpGet", "path")).isEqualTo(LIVENESS);
        assertThat(text(container, "readinessProbe", "httpGet", "path")).isEqualTo(READINESS);
        assertThat(healthcheck(service).group(2)).isEqualTo(READINESS);
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyPathTheFilesProbeOrScrapeAnswers200OnTheRunningService(String service) {
        Map<String, Object> container = container(service);
        Set<String> probes = new TreeSet<>();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            probes.add(at(container, probe, "httpGet", "path"));
        }
        probes.add(healthcheck(service).group(2));
        String scraped = at(pod(service), "metadata", "annotations", "prometheus.io/path");

        String url = Platform.shared().process(service).url();
        assertThat(probes).as("probes need no token").allSatisfy(path -> assertThat(status(url + path, null))
                .as(path)
                .isEqualTo(200));
        assertThat(status(url + scraped, null))
                .as("metrics are for operators only")
                .isEqualTo(401);
        assertThat(status(url + scraped, "operator")).as(scraped).isEqualTo(200);
    }

    @Test
    void composeCreatesEveryDatabaseItPointsAt() throws IOException {
        Set<String> created = Pattern.compile("CREATE DATABASE (\\w+);")
                .matcher(Files.readString(DEPLOY.resolve("postgres-init/01-databases.sql")))
                .results()
                .map(m -> m.group(1))
                .collect(Collectors.toSet());
        Map<String, Object> services = at(load(DEPLOY.resolve("compose.yaml")), "services");
        List<String> used = services.values().stream()
                .map(s -> at(s, "environment"))
                .flatMap(env -> ((Map<?, ?>) env).entrySet().stream())
                .filter(e -> String.valueOf(e.getKey()).endsWith("DATASOURCE_URL"))
                .map(e -> String.valueOf(e.getValue()).replaceAll(".*/", ""))
                .toList();
        assertThat(used).hasSize(4); // the three services and the registry
        assertThat(created).containsAll(used);
    }

    /** The variables that bind to none of the properties (JAVA_TOOL_OPTIONS is the JVM's own). */
    private static List<String> unbound(Collection<String> variables, Set<String> properties) {
        return variables.stream()
                .filter(variable -> !variable.equals("JAVA_TOOL_OPTIONS"))
                .filter(variable -> properties.stream().noneMatch(property -> binds(variable, property)))
                .toList();
    }

    /** Decided by Spring Boot's own mapping of the environment, as in the running service. */
    private static boolean binds(String variable, String property) {
        ConfigurationPropertySource environment = ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.<String, Object>of(variable, "set")));
        return environment.getConfigurationProperty(ConfigurationPropertyName.of(property)) != null;
    }

    /** The status of a GET of {@code url}, signed in as {@code account} (null: without a token). */
    private static int status(String url, String account) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
            if (account != null) {
                request.header(
                        "Authorization",
                        "Bearer " + AccessTokens.of(Platform.issuer()).token(account));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
