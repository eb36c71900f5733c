package org.irtiqa.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

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
                                    stack.postgres(), name.replace('-', '_'), stack.kafka(), stack.registry()),
                            logs));
        }
        services.values().forEach(ServiceProcess::start);
        CompletableFuture.allOf(services.values().stream()
                        .map(s -> CompletableFuture.runAsync(
                                s::awaitHealthy, task -> Thread.ofPlatform().start(task)))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    static synchronized Platform shared() {
        if (shared == null) {
            shared = new Platform();
        }
        return shared;
    }

    Api api(String service) {
        return new Api(process(service).url());
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
