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

/** One of our Spring Boot services as its own {@code java -jar} process, ready once its health is UP. */
final class ServiceProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final PlatformOptions.Service service;
    private final ChildProcess process;
    private final Runnable shutdown = this::stop;

    ServiceProcess(PlatformOptions.Service service, List<String> arguments, Path logDirectory) {
        if (!Files.isRegularFile(service.jar())) {
            throw new IllegalArgumentException(service.name() + ": no jar at " + service.jar() + " (build it first)");
        }
        this.service = service;
        List<String> command = new ArrayList<>(List.of(ChildProcess.java(), "-Xmx512m", "-jar", service.jar().toString(),
                "--server.port=" + service.port()));
        command.addAll(arguments);
        this.process = new ChildProcess(service.name(), command, logDirectory.resolve(service.name() + ".log"),
                logDirectory);
    }

    void start() {
        Shutdown.register(Shutdown.Phase.SERVICES, shutdown);
        process.start();
    }

    void awaitHealthy() {
        process.awaitReady(START_TIMEOUT, this::up);
    }

    String url() {
        return "http://127.0.0.1:" + service.port();
    }

    PlatformOptions.Service service() {
        return service;
    }

    /** SIGTERM: Spring Boot shuts down gracefully; SIGKILL after 30 s. */
    void stop() {
        Shutdown.unregister(Shutdown.Phase.SERVICES, shutdown);
        process.stop(Duration.ofSeconds(30));
    }

    private boolean up() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
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
