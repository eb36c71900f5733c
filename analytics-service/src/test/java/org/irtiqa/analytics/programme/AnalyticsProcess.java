package org.irtiqa.analytics.programme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.irtiqa.analytics.AnalyticsApplication;
import org.irtiqa.localstack.JvmOptions;
import org.irtiqa.localstack.LocalStack;

/**
 * The analytics service as a JVM of its own on the shared test servers, so that a test can
 * {@code kill -9} it (SIGKILL: no shutdown hook, no rollback sent, no offsets committed) and start
 * another on the same database and consumer group.
 */
final class AnalyticsProcess {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;

    private AnalyticsProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static AnalyticsProcess start(String database, Path log, String... arguments) {
        LocalStack stack = LocalStack.shared();
        stack.postgres().createDatabase(database);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dorg.apache.avro.SERIALIZABLE_PACKAGES="
                        + System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES"),
                "-cp",
                System.getProperty("java.class.path"),
                AnalyticsApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + stack.postgres().jdbcUrl(database),
                "--spring.datasource.username=" + stack.postgres().username(),
                "--spring.datasource.password=" + stack.postgres().password(),
                "--spring.kafka.bootstrap-servers=" + stack.kafka().bootstrapServers(),
                "--irtiqa.schema-registry.url=" + stack.registry().confluentApiUrl(),
                "--irtiqa.security.issuer-uri=" + stack.identityProvider().issuerUri()));
        command.addAll(1, JvmOptions.from(LocalStack.JVM_OPTIONS_PROPERTY)); // C1 only in tests, as a service
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            AnalyticsProcess analytics = new AnalyticsProcess(process, port);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> analytics.status("/actuator/health/readiness") == 200);
            return analytics;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL, as a crashing machine or an OOM killer would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private int status(String path) {
        if (!process.isAlive()) {
            throw new IllegalStateException("analytics process exited with " + process.exitValue());
        }
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url() + path))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
