package org.irtiqa.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Apicurio Registry (Confluent-compatible API) as its own process, with global compatibility
 * FULL_TRANSITIVE, as every Irtiqa stack has it. Without {@link SqlStorage} it keeps schemas in
 * memory, lost on restart; with it, in a PostgreSQL database, so schema ids outlive the process
 * (records already in Kafka point at them).
 */
public final class RegistryServer {

    /** Where the registry keeps its data when it must outlive the process. */
    public record SqlStorage(String jdbcUrl, String username, String password) {}

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path logDirectory;
    private final int port;
    private final int managementPort;
    private final SqlStorage storage;
    private final List<RegistryUser> users;
    private final Runnable shutdown = this::stop;
    private ChildProcess process;

    /** Ports 0 mean "a free one, chosen now"; {@code storage} null means in-memory. */
    public RegistryServer(Path logDirectory, int port, int managementPort, SqlStorage storage) {
        this(logDirectory, port, managementPort, storage, List.of());
    }

    /**
     * A registry shaped like production's (security.md "Kafka and the registry"): every API call
     * needs HTTP basic credentials, those of a service's {@link RegistryUser#service user}, else 401.
     * Apicurio 3.3 does this with its "basic" mechanism over Quarkus' embedded users (built into the
     * distribution: {@code quarkus.security.users.embedded.enabled}); it logs a warning that
     * {@code quarkus.http.auth.basic} is build-time fixed, yet enforces it. Any authenticated user
     * may do everything (its role-based authorization stays off). In memory, on free ports, logging
     * to {@code registry-auth.log}.
     */
    public static RegistryServer requiringCredentials(Path logDirectory) {
        return new RegistryServer(
                logDirectory,
                0,
                0,
                null,
                KafkaAcls.SERVICES.stream().map(RegistryUser::service).toList());
    }

    private RegistryServer(
            Path logDirectory, int port, int managementPort, SqlStorage storage, List<RegistryUser> users) {
        this.users = List.copyOf(users);
        this.logDirectory = logDirectory.toAbsolutePath();
        this.port = Ports.orFree(port);
        this.managementPort = Ports.orFree(managementPort);
        this.storage = storage;
    }

    /** Launches the registry (unpacking it on first use) and waits until /health/ready answers 200. */
    public synchronized RegistryServer start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        Path home = ApicurioDistribution.home();
        Path runJar = home.resolve("quarkus-run.jar");
        List<String> command = new ArrayList<>(List.of(ChildProcess.java()));
        command.addAll(ClassDataSharing.flags("apicurio", runJar.toString()));
        command.addAll(JvmOptions.from(LocalStack.JVM_OPTIONS_PROPERTY));
        command.addAll(List.of(
                "-Xmx256m",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.management.port=" + managementPort,
                "-Dapicurio.rules.global.compatibility=FULL_TRANSITIVE",
                // Two INFO lines per request otherwise.
                "-Dquarkus.log.category.\"io.apicurio.registry.logging.audit\".level=WARN",
                "-Dquarkus.http.access-log.enabled=false"));
        if (storage != null) {
            command.addAll(List.of(
                    "-Dapicurio.storage.kind=sql",
                    "-Dapicurio.storage.sql.kind=postgresql",
                    "-Dapicurio.datasource.url=" + storage.jdbcUrl(),
                    "-Dapicurio.datasource.username=" + storage.username(),
                    "-Dapicurio.datasource.password=" + storage.password(),
                    // Its defaults (20 connections at start, up to 100) would crowd a shared server.
                    "-Dapicurio.datasource.jdbc.initial-size=2",
                    "-Dapicurio.datasource.jdbc.min-size=2",
                    "-Dapicurio.datasource.jdbc.max-size=10"));
        }
        if (!users.isEmpty()) {
            command.addAll(List.of(
                    "-Dquarkus.http.auth.basic=true",
                    "-Dquarkus.security.users.embedded.enabled=true",
                    "-Dquarkus.security.users.embedded.plain-text=true"));
            users.forEach(u -> command.add("-Dquarkus.security.users.embedded.users." + u.user() + "=" + u.password()));
        }
        command.addAll(List.of("-jar", runJar.toString()));
        try {
            Files.createDirectories(logDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String log = users.isEmpty() ? "registry.log" : "registry-auth.log";
        process = new ChildProcess("Apicurio Registry", command, logDirectory.resolve(log), logDirectory);
        Shutdown.register(Shutdown.Phase.REGISTRY, shutdown);
        process.start();
        process.awaitReady(START_TIMEOUT, this::ready);
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Base URL of the Confluent Schema Registry API, what our clients are configured with. */
    public String confluentApiUrl() {
        return url() + "/apis/ccompat/v7";
    }

    public int port() {
        return port;
    }

    /** Whether every call needs a {@link RegistryUser}'s credentials. */
    public boolean requiresCredentials() {
        return !users.isEmpty();
    }

    public int managementPort() {
        return managementPort;
    }

    /** The server's process while it runs (LocalPlatform's supervisor watches it). */
    synchronized ChildProcess process() {
        return process;
    }

    public synchronized void stop() {
        Shutdown.unregister(Shutdown.Phase.REGISTRY, shutdown);
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    /** SIGKILL, like {@code kill -9}. With in-memory storage every schema is gone. */
    public synchronized void kill() {
        Shutdown.unregister(Shutdown.Phase.REGISTRY, shutdown);
        if (process != null) {
            process.kill();
        }
    }

    public synchronized RegistryServer restart() {
        stop();
        return start();
    }

    private boolean ready() {
        return HttpProbe.answers200("http://127.0.0.1:" + managementPort + "/health/ready");
    }
}
