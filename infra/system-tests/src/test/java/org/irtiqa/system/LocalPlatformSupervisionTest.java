package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.irtiqa.localstack.LocalPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./irtiqa run}'s platform ({@link LocalPlatform}, its own process, here with analytics as
 * its one service) supervising what it started: analytics killed with {@code kill -9} is reported
 * with its exit status and started again, healthy; the Kafka broker killed then stops the whole
 * platform with exit status 1, and no process of it is left behind.
 */
class LocalPlatformSupervisionTest {

    private static final Duration START = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    private Process platform;

    @AfterEach
    void stopWhatIsLeft() {
        if (platform != null && platform.isAlive()) {
            platform.destroy(); // its shutdown hook stops the rest
            try {
                platform.waitFor(90, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            platform.destroyForcibly();
        }
    }

    @Test
    void aKilledServiceIsRestartedAndAKilledBrokerStopsEverythingWithExitStatusOne() throws Exception {
        int analytics = freePort();
        Path output = data.resolve("platform.out");
        platform = start(analytics, output);
        await().atMost(START).until(() -> printed(output).contains("Irtiqa is running."));
        assertThat(ready(analytics)).isTrue();

        ProcessHandle service = child("analytics-service").orElseThrow();
        kill(service);
        await().atMost(START).until(() -> printed(output).contains("irtiqa: analytics-service is running again"));
        assertThat(printed(output))
                .contains("irtiqa: analytics-service exited unexpectedly (exit status 137); the last lines of its log:")
                .contains("irtiqa: restarting analytics-service (restart 1 of at most 3 in 10 minutes)");
        assertThat(ready(analytics)).as("healthy again").isTrue();
        assertThat(child("analytics-service").orElseThrow().pid()).isNotEqualTo(service.pid());

        List<ProcessHandle> children = platform.descendants().toList();
        ProcessHandle broker = child("kafka.Kafka").orElseThrow();
        kill(broker);
        assertThat(platform.waitFor(3, TimeUnit.MINUTES))
                .as("the platform ends")
                .isTrue();
        assertThat(platform.exitValue()).isEqualTo(1);
        assertThat(printed(output))
                .contains("irtiqa: Kafka broker exited unexpectedly (exit status 137)")
                .contains("irtiqa: Kafka broker is needed by everything else — stopping the platform (exit status 1)");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(children).noneMatch(ProcessHandle::isAlive));
        assertThat(data.resolve("platform/postgres/postmaster.pid"))
                .as("PostgreSQL stopped")
                .doesNotExist();
    }

    private Process start(int analytics, Path output) throws IOException {
        Path jar = Path.of(System.getProperty(
                        "irtiqa.jar.analytics-service", "../../analytics-service/target/analytics-service.jar"))
                .toAbsolutePath()
                .normalize();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LocalPlatform.class.getName(),
                "--no-demo",
                "--data",
                data.resolve("platform").toString()));
        for (String flag : List.of(
                "--postgres-port",
                "--kafka-port",
                "--controller-port",
                "--registry-port",
                "--registry-management-port",
                "--identity-port")) {
            command.add(flag);
            command.add(Integer.toString(freePort()));
        }
        command.add("--service");
        command.add("analytics-service=" + analytics + "=" + jar);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }

    /** The platform's child whose command line mentions {@code marker} (read whole from /proc: ProcessHandle's may be cut short). */
    private Optional<ProcessHandle> child(String marker) {
        return platform.descendants()
                .filter(p -> commandLine(p).contains(marker))
                .findFirst();
    }

    private static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")))
                    .replace('\0', ' ');
        } catch (IOException e) {
            return process.info().commandLine().orElse("");
        }
    }

    private static void kill(ProcessHandle process) throws Exception {
        assertThat(new ProcessBuilder("kill", "-9", Long.toString(process.pid()))
                        .start()
                        .waitFor())
                .isZero();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    private static boolean ready(int port) {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(URI.create(
                                                    "http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String printed(Path output) {
        try {
            return Files.exists(output) ? Files.readString(output) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
