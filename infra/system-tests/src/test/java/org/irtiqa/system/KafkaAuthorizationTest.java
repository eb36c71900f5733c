package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.irtiqa.localstack.KafkaAcls.ANALYTICS;
import static org.irtiqa.localstack.KafkaAcls.REGISTRATION;
import static org.irtiqa.localstack.KafkaAcls.SCHEDULING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.irtiqa.demo.ClientCredentials;
import org.irtiqa.demo.Figures;
import org.irtiqa.demo.Http;
import org.irtiqa.demo.Loader;
import org.irtiqa.demo.Programme;
import org.irtiqa.demo.ProgrammeGenerator;
import org.irtiqa.localstack.AccessTokens;
import org.irtiqa.localstack.KafkaAcls;
import org.irtiqa.localstack.KafkaBroker;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.localstack.RegistryServer;
import org.irtiqa.localstack.RegistryUser;
import org.irtiqa.localstack.SaslScram;
import org.irtiqa.localstack.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * security.md "Kafka and the registry": the three services, each its own process with its own
 * SCRAM credentials given as standard Spring Kafka properties, on a broker of their own with
 * SASL/SCRAM and the ACLs of {@link KafkaAcls}, and a registry of their own that requires each
 * service's credentials (the shared PostgreSQL and identity provider, databases of their own):
 * a programme written through the APIs becomes analytics'
 * figures, exactly as the independent computation says, and a rebuild from offset 0 (the consumer
 * group's offsets reset by analytics' admin client) gives them again. Each service's credentials
 * are refused wherever the table grants nothing ({@link KafkaProbe}), and a wrong password anywhere.
 * Nothing here is recorded in the {@link Ledger}: this platform is not the shared one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaAuthorizationTest {

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private KafkaBroker kafka;
    private RegistryServer registry;
    private Supplier<String> programmeOffice;
    private Programme programme;
    private Figures expected;

    @BeforeAll
    void startABrokerWithAclsAndTheServicesOnIt() {
        long started = System.nanoTime();
        // First, before the minutes of start-up: the demo's classes are loaded while their jar is surely whole.
        programme = ProgrammeGenerator.generate(new ProgrammeGenerator.Spec(71, 2, 3, "ACL"));
        expected = Figures.of(List.of(programme));
        programmeOffice = new ClientCredentials(
                Platform.issuer(), ClientCredentials.LOCAL_CLIENT, ClientCredentials.LOCAL_SECRET);
        Path logs = Path.of("target", "system-tests").toAbsolutePath();
        var broker = CompletableFuture.supplyAsync(() -> LocalStack.startSaslScramKafka(logs), this::inNewThread);
        var securedRegistry = CompletableFuture.supplyAsync(
                () -> LocalStack.timed("registry requiring credentials", () -> RegistryServer.requiringCredentials(logs)
                        .start()),
                this::inNewThread);
        LocalStack stack = LocalStack.shared();
        kafka = broker.join();
        registry = securedRegistry.join();
        for (String name : KafkaAcls.SERVICES) {
            List<String> arguments = new ArrayList<>(ServiceProcess.connectedTo(
                    stack.postgres(), name.replace('-', '_') + "_sasl", kafka, registry, stack.identityProvider()));
            arguments.addAll(kafka.credentials(name).springArguments());
            arguments.addAll(RegistryUser.service(name).springArguments());
            Path jar = Path.of(System.getProperty("irtiqa.jar." + name, "../../" + name + "/target/" + name + ".jar"));
            services.put(
                    name,
                    new ServiceProcess(
                            name + "-sasl", freePort(), jar.toAbsolutePath().normalize(), arguments, logs));
        }
        services.values().forEach(ServiceProcess::start);
        CompletableFuture.allOf(services.values().stream()
                        .map(s -> CompletableFuture.runAsync(
                                s::awaitHealthy, task -> Thread.ofPlatform().start(task)))
                        .toArray(CompletableFuture[]::new))
                .join();
        System.out.printf(
                "KafkaAuthorizationTest: broker and services ready in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    void stopThem() {
        services.values().forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.stop();
        }
        if (registry != null) {
            registry.stop();
        }
    }

    /** The registry answers nobody without credentials, and each service's own registered its schemas. */
    @Test
    void theRegistryRequiresCredentialsAndTheProducersRegisteredWithTheirs() {
        String subjects = registry.confluentApiUrl() + "/subjects";
        assertThat(RegistryCalls.status(subjects, null)).isEqualTo(401);
        assertThat(RegistryCalls.status(
                        subjects, RegistryUser.service(REGISTRATION).withPassword("local-only-wrong")))
                .isEqualTo(401);
        for (String service : KafkaAcls.SERVICES) {
            assertThat(RegistryCalls.status(subjects, RegistryUser.service(service)))
                    .as(service)
                    .isEqualTo(200);
        }
        assertThat(RegistryCalls.body(subjects, RegistryUser.service(ANALYTICS)))
                .contains("registration.enrolments.v1-org.irtiqa.events.registration.ParticipantEnrolled")
                .contains("scheduling.sessions.v1-org.irtiqa.events.scheduling.SessionScheduled")
                .contains("analytics.readiness.v1-org.irtiqa.events.analytics.InstitutionReadinessChanged");
    }

    @Test
    void eachServiceWorksWithItsOwnCredentialsFromTheApisToAnalyticsFiguresAndThroughARebuild() {
        new Loader(
                        new Http(services.get(REGISTRATION).url(), programmeOffice),
                        new Http(services.get(SCHEDULING).url(), programmeOffice),
                        4,
                        line -> System.out.println("ACL " + line))
                .load(programme);
        // the programme office sees every figure; a viewer would see small groups suppressed
        Api analytics = api(ANALYTICS, "admin");

        awaitFigures(analytics, expected);
        for (String service : List.of(SCHEDULING, ANALYTICS)) {
            assertThat(api(service, "operator")
                            .get("/api/admin/dead-letters")
                            .body()
                            .get("items"))
                    .as(service + "'s dead letters (every record of the programme applied)")
                    .isEmpty();
        }
        KafkaAcls.SERVICES.forEach(this::assertItsAdminClientsAreSignedIn);
        assertAnUndecodableRecordIsDeadLetteredAndArchived();

        Api operator = api(ANALYTICS, "operator");
        int generation = operator.get("/api/admin/readiness/rebuild")
                .body()
                .get("generation")
                .asInt();
        assertThat(operator.post("/api/admin/readiness/rebuild", Map.of()).status())
                .isEqualTo(202);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonNode status =
                            operator.get("/api/admin/readiness/rebuild").body();
                    assertThat(status.get("generation").asInt()).isEqualTo(generation + 1);
                    assertThat(status.get("rebuilding").asBoolean()).isFalse();
                });
        awaitFigures(analytics, expected);
    }

    /** The table's most telling refusals, so that the probes below can never pass on an empty table. */
    @Test
    void theTableGrantsNoServiceAnotherServicesTopicOrGroup() {
        assertThat(KafkaAcls.permits(REGISTRATION, ResourceType.TOPIC, "scheduling.sessions.v1", AclOperation.WRITE))
                .isFalse();
        assertThat(KafkaAcls.permits(ANALYTICS, ResourceType.TOPIC, "registration.enrolments.v1", AclOperation.WRITE))
                .isFalse();
        assertThat(KafkaAcls.permits(SCHEDULING, ResourceType.TOPIC, "analytics.readiness.v1", AclOperation.READ))
                .isFalse();
        assertThat(KafkaAcls.permits(SCHEDULING, ResourceType.TOPIC, "scheduling.sessions.v1", AclOperation.READ))
                .isFalse();
        assertThat(KafkaAcls.permits(
                        REGISTRATION, ResourceType.TOPIC, "registration.participants.v1", AclOperation.READ))
                .isFalse();
        assertThat(KafkaAcls.permits(SCHEDULING, ResourceType.GROUP, "analytics-intake", AclOperation.READ))
                .isFalse();
        // and what the services need, which the first test shows working
        assertThat(KafkaAcls.permits(SCHEDULING, ResourceType.TOPIC, "scheduling.sessions.v1", AclOperation.WRITE))
                .isTrue();
        assertThat(KafkaAcls.permits(ANALYTICS, ResourceType.TOPIC, "scheduling.sessions.v1", AclOperation.READ))
                .isTrue();
    }

    @Test
    void eachServicesCredentialsAreRefusedOnEveryTopicAndGroupTheTableDoesNotGrantThem() {
        for (String service : KafkaAcls.SERVICES) {
            try (KafkaProbe probe = new KafkaProbe(kafka.bootstrapServers(), kafka.credentials(service))) {
                for (String topic : KafkaAcls.topics()) {
                    if (!KafkaAcls.permits(service, ResourceType.TOPIC, topic, AclOperation.WRITE)) {
                        probe.assertWriteRefused(topic);
                    }
                    if (!KafkaAcls.permits(service, ResourceType.TOPIC, topic, AclOperation.READ)) {
                        probe.assertReadRefused(topic);
                    }
                }
                for (String group : List.of("scheduling-roster", "analytics-intake", "registration-service")) {
                    if (!KafkaAcls.permits(service, ResourceType.GROUP, group, AclOperation.READ)) {
                        probe.assertGroupRefused(group, readableTopic(service));
                    }
                }
            }
        }
    }

    @Test
    void aWrongPasswordIsRefusedForEveryService() {
        for (String service : KafkaAcls.SERVICES) {
            KafkaProbe.assertAuthenticationRefused(
                    kafka.bootstrapServers(), kafka.credentials(service).withPassword("local-only-wrong"));
        }
    }

    /** A topic the service may read, or null (for a group probe: the group alone must be refused). */
    private static String readableTopic(String service) {
        return KafkaAcls.topics().stream()
                .filter(t -> KafkaAcls.permits(service, ResourceType.TOPIC, t, AclOperation.READ))
                .findFirst()
                .orElse(null);
    }

    /**
     * The health components of the hand-built admin clients (service-support's KafkaHealth and
     * ConsumerLagHealth): the cluster described and every group's lag read, with no error, which
     * needs the credentials and the groups' ACLs.
     */
    private void assertItsAdminClientsAreSignedIn(String service) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    JsonNode components = api(service, "operator")
                            .get("/actuator/health")
                            .body()
                            .get("components");
                    assertThat(components.get("kafka").get("status").asString())
                            .as(service + " kafka health " + components.get("kafka"))
                            .isEqualTo("UP");
                    JsonNode lag = components.get("consumerLag");
                    if (!service.equals(REGISTRATION)) {
                        assertThat(lag.get("status").asString())
                                .as(service + " consumer lag " + lag)
                                .isEqualTo("UP");
                        assertThat(lag.get("details").get("byGroup").size())
                                .as(service + " groups")
                                .isGreaterThan(0);
                    }
                });
    }

    /**
     * The super user puts an undecodable record on an input only analytics reads: analytics'
     * dead-letter producer writes it to the topic's .DLT and its archive reads it back, both with
     * analytics' own credentials.
     */
    private void assertAnUndecodableRecordIsDeadLetteredAndArchived() {
        Map<String, Object> config =
                new HashMap<>(kafka.credentials(SaslScram.SUPER_USER.user()).clientProperties());
        config.put("bootstrap.servers", kafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("registration.institutions.v1", "ACL-POISON", new byte[] {42, 42}))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The super user could not write the poison record", e);
        }
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(api(ANALYTICS, "operator")
                                .get("/api/admin/dead-letters")
                                .body()
                                .get("items")
                                .toString())
                        .contains("registration.institutions.v1")
                        .contains("ACL-POISON"));
    }

    private static void awaitFigures(Api analytics, Figures expected) {
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .untilAsserted(() -> Expectations.assertAnalyticsMatches(analytics, expected));
    }

    private Api api(String service, String account) {
        return new Api(
                services.get(service).url(),
                () -> "Bearer " + AccessTokens.of(Platform.issuer()).token(account));
    }

    private void inNewThread(Runnable task) {
        Thread.ofPlatform().daemon().start(task);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
