package org.irtiqa.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * PostgreSQL, Kafka, the schema registry and the (local-only) identity provider for tests: started
 * once per JVM on first use, on free ports with fresh data, shared by every test class, stopped when
 * the JVM exits. Logs go to {@code target/local-stack/} under the working directory (the module
 * being tested). The provider keeps its signing key in a temporary file, so a test may restart it
 * without invalidating the tokens it already holds.
 */
public final class LocalStack {

    static final String KAFKA_DATA_PREFIX = "irtiqa-kafka-";

    /**
     * How many brokers {@link #shared()} starts: 1 unless this system property says otherwise (the
     * system tests' Surefire sets 3, so that every one of them runs on a production-shaped cluster).
     */
    public static final String BROKERS_PROPERTY = "irtiqa.local-stack.brokers";
    /**
     * JVM options added to every Java process the stack and the platform start — brokers, registry,
     * services — space-separated: the tests' Surefire sets C1 only ({@code -XX:TieredStopAtLevel=1}),
     * whose start-up costs a third less CPU on two busy cores; a benchmark leaves it unset.
     */
    public static final String JVM_OPTIONS_PROPERTY = "irtiqa.local-stack.jvm-options";

    private static LocalStack shared;
    private static RuntimeException failure;

    private final PostgresServer postgres;
    private final KafkaCluster kafka;
    private final RegistryServer registry;
    private final IdentityProviderServer identityProvider;

    private LocalStack(
            PostgresServer postgres,
            KafkaCluster kafka,
            RegistryServer registry,
            IdentityProviderServer identityProvider) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.registry = registry;
        this.identityProvider = identityProvider;
    }

    /**
     * The JVM's stack, started (the four servers in parallel) on the first call. A failure is
     * remembered: every later test class fails at once with the same cause instead of waiting again.
     */
    public static synchronized LocalStack shared() {
        if (shared == null && failure == null) {
            try {
                shared = startForTests(Path.of("target", "local-stack").toAbsolutePath());
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return shared;
    }

    private static LocalStack startForTests(Path logs) {
        long started = System.nanoTime();
        Shutdown.disposable();
        Orphans.reap();
        Orphans.deleteStaleKafkaData();
        Path kafkaData;
        Path identityKey;
        try {
            Files.createDirectories(logs);
            kafkaData = Files.createTempDirectory(KAFKA_DATA_PREFIX);
            identityKey = Files.createTempDirectory("irtiqa-identity-").resolve("signing-key.jwk.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Shutdown.register(Shutdown.Phase.FILES, () -> TempFiles.deleteQuietly(kafkaData));
        Shutdown.register(Shutdown.Phase.FILES, () -> TempFiles.deleteQuietly(identityKey.getParent()));
        int postgresPort = Ports.orFree(0);
        var postgres = CompletableFuture.supplyAsync(
                () -> timed("PostgreSQL", () -> PostgresServer.start(postgresPort, null, logs.resolve("postgres.log"))),
                LocalStack::inNewThread);
        int brokers = Integer.getInteger(BROKERS_PROPERTY, 1);
        var kafka = CompletableFuture.supplyAsync(
                () -> timed(
                        brokers == 1 ? "Kafka" : "Kafka (" + brokers + " brokers)",
                        () -> onFreePorts(() -> KafkaCluster.of(brokers, kafkaData, logs, id -> 0, id -> 0)
                                .start())),
                LocalStack::inNewThread);
        var registry = CompletableFuture.supplyAsync(
                () -> timed(
                        "Apicurio Registry",
                        () -> onFreePorts(() -> new RegistryServer(logs, 0, 0, registryStorage(postgresPort)).start())),
                LocalStack::inNewThread);
        var identityProvider = CompletableFuture.supplyAsync(
                () -> timed(
                        "identity provider",
                        () -> onFreePorts(() -> new IdentityProviderServer(logs, 0, identityKey, List.of()).start())),
                LocalStack::inNewThread);
        try {
            LocalStack stack = new LocalStack(postgres.join(), kafka.join(), registry.join(), identityProvider.join());
            System.out.printf(
                    "local-stack: ready in %d ms (logs in %s)%n", (System.nanoTime() - started) / 1_000_000, logs);
            return stack;
        } catch (CompletionException e) {
            throw new IllegalStateException(
                    "local-stack did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Runs {@code stop} when the JVM exits, before the stack's servers stop, so that a client of
     * them (a test's Spring context, with its Kafka consumers and pool) closes while they still
     * answer.
     */
    public static void stopBeforeTheServersOnExit(Runnable stop) {
        Shutdown.register(Shutdown.Phase.SERVICES, stop);
    }

    /**
     * A broker of its own, shaped like production's ({@link KafkaBroker#withSaslScram}): fresh data
     * in a temporary directory, free ports, stopped and deleted when the JVM exits. Not shared: the
     * plaintext broker of {@link #shared()} is what every other test uses, unchanged.
     */
    public static KafkaBroker startSaslScramKafka(Path logs) {
        Path data;
        try {
            Files.createDirectories(logs);
            data = Files.createTempDirectory(KAFKA_DATA_PREFIX + "sasl-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Shutdown.register(Shutdown.Phase.FILES, () -> TempFiles.deleteQuietly(data));
        return timed(
                "Kafka with SASL/SCRAM and ACLs",
                () -> onFreePorts(() -> KafkaBroker.withSaslScram(data, logs).start()));
    }

    /**
     * Schemas in PostgreSQL, so that a test may restart the registry without losing the ids that
     * records in Kafka point at. The registry starts at the same time as PostgreSQL (its JVM takes
     * longer to boot than PostgreSQL, and it retries the connection), so it keeps its tables in the
     * always-present {@code postgres} database rather than waiting to create one.
     */
    private static RegistryServer.SqlStorage registryStorage(int postgresPort) {
        return new RegistryServer.SqlStorage(
                "jdbc:postgresql://localhost:" + postgresPort + "/postgres",
                PostgresServer.USERNAME,
                PostgresServer.PASSWORD);
    }

    /**
     * A port found free may be taken by another process before the server binds it (many test JVMs
     * start at once here); then the server is tried again on new ports, twice at most.
     */
    private static <T> T onFreePorts(Supplier<T> start) {
        for (int attempt = 1; ; attempt++) {
            try {
                return start.get();
            } catch (IllegalStateException e) {
                String message = String.valueOf(e.getMessage());
                boolean clash = message.contains("already in use") || message.contains("in use by another process");
                if (!clash || attempt == 3) {
                    throw e;
                }
                System.out.println("local-stack: port taken meanwhile, trying again on other ports");
            }
        }
    }

    /** Not the common pool: on two cores it has one thread, and the four starts would queue. */
    static void inNewThread(Runnable task) {
        Thread.ofPlatform().daemon().name("local-stack-start").start(task);
    }

    public static <T> T timed(String what, Supplier<T> start) {
        long started = System.nanoTime();
        T server = start.get();
        System.out.printf("local-stack: %s started in %d ms%n", what, (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** The broker, or the brokers of {@link #BROKERS_PROPERTY}: connect with its {@code bootstrapServers()}. */
    public KafkaCluster kafka() {
        return kafka;
    }

    public RegistryServer registry() {
        return registry;
    }

    /** LOCAL USE ONLY: tokens for its demo accounts through {@link AccessTokens#of}{@code (issuerUri())}. */
    public IdentityProviderServer identityProvider() {
        return identityProvider;
    }
}
