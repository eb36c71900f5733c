package org.irtiqa.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * The whole platform on this machine, each server its own process: PostgreSQL, Kafka, Apicurio
 * (its schemas in PostgreSQL, so ids stay valid for the records kept in Kafka), the local-only
 * identity provider (its signing key in the data directory, so tokens outlive a restart) and our
 * services. Data stays in {@code --data} (default .irtiqa-data) between runs; {@code --fresh} wipes
 * it. Ctrl-C stops the services first, then the provider, the registry, Kafka and PostgreSQL.
 */
public final class LocalPlatform {

    private static PostgresServer postgres;
    private static KafkaCluster kafka;
    private static RegistryServer registry;
    private static IdentityProviderServer identity;

    private LocalPlatform() {}

    public static void main(String[] args) throws Exception {
        // No SLF4J provider on this classpath on purpose (the servers log to their files); say nothing about it.
        System.setProperty("slf4j.internal.verbosity", System.getProperty("slf4j.internal.verbosity", "ERROR"));
        PlatformOptions options;
        try {
            options = PlatformOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            List<ServiceProcess> services = start(options);
            supervise(services);
            print(options, services);
            DemoProgramme.loadIfPending(options, services);
        } catch (RuntimeException e) {
            System.err.println("irtiqa: "
                    + (e instanceof CompletionException && e.getCause() != null ? e.getCause() : e).getMessage());
            System.exit(1); // the shutdown hook stops whatever had started
        }
        Thread.currentThread().join(); // until Ctrl-C
    }

    private static List<ServiceProcess> start(PlatformOptions options) throws IOException {
        Orphans.reap();
        Orphans.reapPostmaster(options.data().resolve("postgres"));
        List<Integer> ports = new ArrayList<>(List.of(
                options.postgresPort(),
                options.registryPort(),
                options.registryManagementPort(),
                options.identityPort()));
        for (int id = 1; id <= options.brokers(); id++) {
            ports.add(options.brokerPort(id));
            ports.add(options.brokerControllerPort(id));
        }
        for (int port : ports) {
            if (Ports.accepts(port)) {
                throw new IllegalStateException(
                        "Port " + port + " is already in use (another run?); choose others with the --*-port flags");
            }
        }
        Path data = options.data();
        if (options.fresh()) {
            System.out.println("irtiqa: --fresh, deleting " + data);
            TempFiles.deleteTree(data);
        }
        boolean freshData = !Files.exists(data.resolve("postgres")); // before PostgreSQL creates it
        Path logs = Files.createDirectories(data.resolve("logs"));
        DemoProgramme.markIfFresh(options, freshData);
        System.out.println("irtiqa: starting PostgreSQL, Kafka, the schema registry and the identity provider (logs in "
                + logs + ") ...");
        var identityStarted = CompletableFuture.supplyAsync(
                () -> LocalStack.timed("identity provider", () -> new IdentityProviderServer(
                                logs,
                                options.identityPort(),
                                data.resolve("identity").resolve("signing-key.jwk.json"),
                                dashboardRedirects(options))
                        .start()),
                LocalStack::inNewThread);
        // One broker keeps its data in kafka/ (as before --brokers), a cluster in kafka/broker-<id>/.
        var kafkaStarted = CompletableFuture.supplyAsync(
                () -> LocalStack.timed(
                        options.brokers() == 1 ? "Kafka" : "Kafka (" + options.brokers() + " brokers)",
                        () -> KafkaCluster.of(
                                        options.brokers(),
                                        data.resolve("kafka"),
                                        logs,
                                        options::brokerPort,
                                        options::brokerControllerPort)
                                .start()),
                LocalStack::inNewThread);
        postgres = LocalStack.timed(
                "PostgreSQL",
                () -> PostgresServer.start(
                        options.postgresPort(), data.resolve("postgres"), logs.resolve("postgres.log")));
        postgres.createDatabase("registry");
        var storage =
                new RegistryServer.SqlStorage(postgres.jdbcUrl("registry"), postgres.username(), postgres.password());
        registry = LocalStack.timed("Apicurio Registry", () -> new RegistryServer(
                        logs, options.registryPort(), options.registryManagementPort(), storage)
                .start());
        kafka = kafkaStarted.join();
        identity = identityStarted.join();

        List<ServiceProcess> services = new ArrayList<>();
        for (PlatformOptions.Service service : options.services()) {
            List<String> arguments = new ArrayList<>(
                    ServiceProcess.connectedTo(postgres, service.database(), kafka, registry, identity));
            services.add(new ServiceProcess(service, arguments, logs));
        }
        if (!services.isEmpty()) {
            System.out.println("irtiqa: starting " + services.size() + " service(s) ...");
            services.forEach(ServiceProcess::start);
            CompletableFuture.allOf(services.stream()
                            .map(s -> CompletableFuture.runAsync(
                                    () -> LocalStack.timed(s.service().name(), () -> {
                                        s.awaitHealthy();
                                        return s;
                                    }),
                                    LocalStack::inNewThread))
                            .toArray(CompletableFuture[]::new))
                    .join();
        }
        return services;
    }

    /** From now on an exit nobody asked for is reported, and restarted or the end of the platform (Supervisor). */
    private static void supervise(List<ServiceProcess> services) {
        Supervisor supervisor = Supervisor.ofPlatform();
        postgres.postmaster()
                .ifPresent(postmaster -> supervisor.essential(
                        "PostgreSQL", postmaster, () -> ChildProcess.tail(postgres.logFile(), 20)));
        kafka.brokers().forEach(broker -> supervisor.essential(broker.process()));
        supervisor.essential(registry.process());
        supervisor.essential(identity.process());
        for (ServiceProcess service : services) {
            supervisor.restartable(service.process(), () -> {
                service.start();
                service.awaitHealthy();
            });
        }
    }

    /** The dashboard (analytics) signs in through the provider and comes back to its own port. */
    private static List<String> dashboardRedirects(PlatformOptions options) {
        return options.services().stream()
                .filter(s -> s.name().equals("analytics-service"))
                .map(s -> "http://127.0.0.1:" + s.port() + "/login/oauth2/code/irtiqa")
                .toList();
    }

    private static void print(PlatformOptions options, List<ServiceProcess> services) {
        StringBuilder table = new StringBuilder("\nIrtiqa is running. Ctrl-C stops everything.\n\n");
        String row = "  %-22s %s%n";
        for (ServiceProcess s : services) {
            table.append(row.formatted(s.service().name(), s.url()));
            table.append(row.formatted("", s.url() + "/swagger-ui.html"));
        }
        table.append(row.formatted("Kafka bootstrap", kafka.bootstrapServers()));
        table.append(row.formatted("Schema registry", registry.confluentApiUrl()));
        table.append(row.formatted("Registry API (v3)", registry.url() + "/apis/registry/v3"));
        table.append(row.formatted(
                "PostgreSQL",
                postgres.jdbcUrl("<database>") + "  (user " + postgres.username() + ", password " + postgres.password()
                        + ")"));
        for (ServiceProcess s : services) {
            table.append(row.formatted("", postgres.jdbcUrl(s.service().database())));
        }
        table.append(row.formatted("Identity provider", identity.issuerUri() + "  (OpenID Connect, local use only)"));
        table.append(row.formatted("", "demo accounts (local use only), password local-only-<account>:"));
        for (String account : List.of("admin", "operator", "viewer", "coordinator-MTCIT")) {
            table.append(row.formatted("", "  %-18s %s".formatted(account, AccessTokens.password(account))));
        }
        table.append(row.formatted("", "  coordinator-<CODE> is made on first use for any institution code"));
        String issuerFlag =
                identity.issuerUri().equals(TokenCommand.DEFAULT_ISSUER) ? "" : " --issuer " + identity.issuerUri();
        table.append(row.formatted("", "token: ./irtiqa token" + issuerFlag + " <account>"));
        table.append(row.formatted("Data and logs", options.data()));
        System.out.println(table);
    }

    /**
     * The demo programme of {@code ./irtiqa run}: on a fresh data directory (and unless
     * {@code --no-demo}), once the services are healthy, runs infra/demo's {@code DemoLoader} as a
     * child process (local-stack does not depend on the demo module: it gets its classpath with
     * {@code --demo-classpath}), which loads the programme through the public APIs and waits until
     * analytics shows it. A marker in the data directory makes it happen once; a load interrupted by
     * Ctrl-C is finished by the next run (the loader's idempotency keys make repeats harmless).
     */
    private static final class DemoProgramme {

        static final String PENDING = "demo.pending";
        static final String LOADED = "demo.loaded";

        static void markIfFresh(PlatformOptions options, boolean freshData) throws IOException {
            if (options.demo() && freshData) {
                Files.writeString(options.data().resolve(PENDING), "the demo programme is to be loaded\n");
            }
        }

        static void loadIfPending(PlatformOptions options, List<ServiceProcess> services) {
            Path pending = options.data().resolve(PENDING);
            if (!options.demo() || !Files.exists(pending)) {
                return;
            }
            Map<String, String> urls = services.stream()
                    .collect(Collectors.toMap(s -> s.service().name(), ServiceProcess::url, (a, b) -> a));
            List<String> needed = List.of("registration-service", "scheduling-service", "analytics-service");
            if (options.demoClasspath() == null || !urls.keySet().containsAll(needed)) {
                System.out.println("irtiqa: no demo (it needs --demo-classpath and the three services)");
                return;
            }
            System.out.println("irtiqa: loading the demo programme through the public APIs (--no-demo to skip) ...");
            ProcessBuilder builder = new ProcessBuilder(
                            ChildProcess.java(),
                            "-cp",
                            options.demoClasspath(),
                            "org.irtiqa.demo.DemoLoader",
                            "--registration",
                            urls.get(needed.get(0)),
                            "--scheduling",
                            urls.get(needed.get(1)),
                            "--analytics",
                            urls.get(needed.get(2)),
                            "--issuer",
                            identity.issuerUri())
                    .inheritIO();
            try {
                Process loader = builder.start();
                Runnable stop = loader::destroyForcibly;
                Shutdown.register(Shutdown.Phase.SERVICES, stop);
                int exit = loader.waitFor();
                Shutdown.unregister(Shutdown.Phase.SERVICES, stop);
                if (exit == 0) {
                    Files.writeString(options.data().resolve(LOADED), "the demo programme was loaded\n");
                    Files.delete(pending);
                    System.out.println("\nIrtiqa is running with the demo programme. Ctrl-C stops everything.");
                } else {
                    System.out.println("irtiqa: the demo did not load (exit " + exit + "); the next run tries again");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
