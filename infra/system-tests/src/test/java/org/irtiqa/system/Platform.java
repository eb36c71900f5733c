package org.irtiqa.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.irtiqa.demo.ClientCredentials;
import org.irtiqa.localstack.AccessTokens;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.localstack.ServiceProcess;

/**
 * The three services as separate {@code java -jar} processes, as in production and in
 * {@code ./irtiqa run}, against the one PostgreSQL, Kafka and registry of {@link LocalStack}.
 * Started once per test JVM; a test may kill or restart a service and must leave it running.
 */
final class Platform {

    static final List<String> SERVICES = List.of("registration-service", "scheduling-service", "analytics-service");

    private static Platform shared;
    private static RuntimeException failure;

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Supplier<String> signIn =
            new ClientCredentials(issuer(), ClientCredentials.LOCAL_CLIENT, ClientCredentials.LOCAL_SECRET);

    private Platform() {
        LocalStack stack = LocalStack.shared();
        Path logs = Path.of("target", "system-tests").toAbsolutePath();
        for (String name : SERVICES) {
            Path jar = Path.of(System.getProperty("irtiqa.jar." + name, "../../" + name + "/target/" + name + ".jar"));
            services.put(
                    name,
                    new ServiceProcess(
                            name,
                            freePort(),
                            jar.toAbsolutePath().normalize(),
                            ServiceProcess.connectedTo(
                                    stack.postgres(),
                                    name.replace('-', '_'),
                                    stack.kafka(),
                                    stack.registry(),
                                    stack.identityProvider()),
                            logs));
        }
        services.values().forEach(ServiceProcess::start);
        CompletableFuture.allOf(services.values().stream()
                        .map(s -> CompletableFuture.runAsync(
                                s::awaitHealthy, task -> Thread.ofPlatform().start(task)))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    /**
     * The JVM's platform, started on the first call. A failure to start is remembered, so that every
     * later test class fails at once with the same cause instead of waiting for the services again.
     */
    static synchronized Platform shared() {
        if (shared == null && failure == null) {
            try {
                shared = new Platform();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return shared;
    }

    /** A client of {@code service} signed in as the programme office (the demo loader's client). */
    Api api(String service) {
        return new Api(process(service).url(), signIn);
    }

    /** A client of {@code service} signed in as a demo account (e.g. "viewer"), or with no token (null). */
    Api api(String service, String account) {
        return new Api(
                process(service).url(),
                account == null
                        ? null
                        : () -> "Bearer " + AccessTokens.of(issuer()).token(account));
    }

    /** The bytes of a GET of {@code path} on {@code service} as {@code account}, after a 200. */
    byte[] raw(String service, String account, String path) {
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(process(service).url() + path))
                .header("Authorization", "Bearer " + AccessTokens.of(issuer()).token(account))
                .timeout(java.time.Duration.ofSeconds(30))
                .build();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The programme office's sign-in: the demo loader's client-credentials client. */
    Supplier<String> signIn() {
        return signIn;
    }

    static String issuer() {
        return LocalStack.shared().identityProvider().issuerUri();
    }

    ServiceProcess process(String service) {
        ServiceProcess process = services.get(service);
        if (process == null) {
            throw new IllegalArgumentException("No service " + service + "; there are " + SERVICES);
        }
        return process;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
