package org.irtiqa.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One of our Spring Boot services as its own {@code java -jar} process, ready once its readiness
 * probe ({@code /actuator/health/readiness}, open without a token) is UP: for the local platform
 * and for system tests, which also kill and restart them.
 */
public final class ServiceProcess {

    // Three services starting at once beside the whole stack take 1–2 min on a loaded 2-core machine.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final PlatformOptions.Service service;
    private final List<String> jvmOptions;
    private final List<String> arguments;
    private final Path logDirectory;
    private final AheadOfTimeCache cache;
    private final ChildProcess process;
    private final Runnable shutdown = this::stop;
    private volatile CompletableFuture<Void> launching = CompletableFuture.completedFuture(null);

    /** A service on {@code port} from {@code jar}, logging to {@code <logDirectory>/<name>.log}. */
    public ServiceProcess(String name, int port, Path jar, List<String> arguments, Path logDirectory) {
        this(new PlatformOptions.Service(name, port, jar), arguments, logDirectory);
    }

    ServiceProcess(PlatformOptions.Service service, List<String> arguments, Path logDirectory) {
        if (!Files.isRegularFile(service.jar())) {
            throw new IllegalArgumentException(service.name() + ": no jar at " + service.jar() + " (build it first)");
        }
        this.service = service;
        List<String> options = new ArrayList<>(List.of("-Xmx512m"));
        options.addAll(JvmOptions.from(LocalStack.JVM_OPTIONS_PROPERTY));
        this.jvmOptions = List.copyOf(options);
        this.arguments = List.copyOf(arguments);
        this.logDirectory = logDirectory;
        this.cache = AheadOfTimeCache.of(service.jar());
        this.process = new ChildProcess(
                service.name(), this::command, logDirectory.resolve(service.name() + ".log"), logDirectory);
    }

    private List<String> command() {
        List<String> command = new ArrayList<>(List.of(ChildProcess.java()));
        command.addAll(jvmOptions);
        command.addAll(cache.launch());
        command.add("--server.port=" + service.port());
        command.addAll(arguments);
        return command;
    }

    /**
     * The arguments that point a service at the servers: its own database (created if missing),
     * every broker of the cluster (and, on several, the replication factor its topics get) and the
     * registry.
     */
    public static List<String> connectedTo(
            PostgresServer postgres, String database, KafkaCluster kafka, RegistryServer registry) {
        List<String> arguments = new ArrayList<>(connectedTo(postgres, database, kafka.bootstrapServers(), registry));
        if (kafka.size() > 1) {
            arguments.add("--irtiqa.topics.replication=" + kafka.replicationFactor());
        }
        return List.copyOf(arguments);
    }

    /**
     * As {@link #connectedTo(PostgresServer, String, KafkaCluster, RegistryServer)}, and the identity
     * provider whose tokens the service accepts ({@code irtiqa.security.issuer-uri}).
     */
    public static List<String> connectedTo(
            PostgresServer postgres,
            String database,
            KafkaCluster kafka,
            RegistryServer registry,
            IdentityProviderServer identityProvider) {
        return withIssuer(connectedTo(postgres, database, kafka, registry), identityProvider);
    }

    /** As {@link #connectedTo(PostgresServer, String, KafkaCluster, RegistryServer)}, on one broker alone. */
    public static List<String> connectedTo(
            PostgresServer postgres, String database, KafkaBroker kafka, RegistryServer registry) {
        return connectedTo(postgres, database, kafka.bootstrapServers(), registry);
    }

    /** As {@link #connectedTo(PostgresServer, String, KafkaCluster, RegistryServer, IdentityProviderServer)}, on one broker alone. */
    public static List<String> connectedTo(
            PostgresServer postgres,
            String database,
            KafkaBroker kafka,
            RegistryServer registry,
            IdentityProviderServer identityProvider) {
        return withIssuer(connectedTo(postgres, database, kafka, registry), identityProvider);
    }

    private static List<String> connectedTo(
            PostgresServer postgres, String database, String bootstrapServers, RegistryServer registry) {
        postgres.createDatabase(database);
        return List.of(
                "--spring.datasource.url=" + postgres.jdbcUrl(database),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--irtiqa.schema-registry.url=" + registry.confluentApiUrl());
    }

    private static List<String> withIssuer(List<String> connected, IdentityProviderServer identityProvider) {
        List<String> arguments = new ArrayList<>(connected);
        arguments.add("--irtiqa.security.issuer-uri=" + identityProvider.issuerUri());
        return List.copyOf(arguments);
    }

    /**
     * Starts it in the background: the first start of a jar first extracts it and trains its
     * ahead-of-time cache ({@link AheadOfTimeCache}), so that services started together train
     * together. {@link #awaitHealthy} waits for both.
     */
    public void start() {
        Shutdown.register(Shutdown.Phase.SERVICES, shutdown);
        launching = CompletableFuture.runAsync(
                () -> {
                    cache.prepare(service.name(), jvmOptions, arguments, logDirectory);
                    process.start();
                },
                task -> Thread.ofPlatform().name(service.name() + "-launch").start(task));
    }

    public void awaitHealthy() {
        launching.join();
        process.awaitReady(START_TIMEOUT, this::up);
    }

    public String url() {
        return "http://127.0.0.1:" + service.port();
    }

    PlatformOptions.Service service() {
        return service;
    }

    ChildProcess process() {
        return process;
    }

    /** SIGKILL, like {@code kill -9}: no shutdown hook of the service runs. */
    public void kill() {
        Shutdown.unregister(Shutdown.Phase.SERVICES, shutdown);
        launched();
        process.kill();
    }

    /** SIGTERM: Spring Boot shuts down gracefully; SIGKILL after 30 s. */
    public void stop() {
        Shutdown.unregister(Shutdown.Phase.SERVICES, shutdown);
        launched();
        process.stop(Duration.ofSeconds(30));
    }

    /** Waits for a launch under way (so that nothing starts after a stop), failed or not. */
    private void launched() {
        launching.handle((done, failure) -> null).join();
    }

    private boolean up() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
