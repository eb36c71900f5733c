package org.irtiqa.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor over real processes killed from outside, as {@code kill -9} would: a service is
 * reported with its exit status and log, restarted at most three times in ten minutes, and the
 * fourth exit stops the platform with status 1; an essential server's exit stops it at once;
 * exits we asked for are not reported.
 */
class SupervisorTest {

    @TempDir
    Path logs;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final List<Integer> exits = new CopyOnWriteArrayList<>();
    private final Supervisor supervisor = new Supervisor(
            new PrintStream(printed, true, StandardCharsets.UTF_8), exits::add, () -> false, Clock.systemUTC());
    private ChildProcess process;

    @AfterEach
    void stop() {
        if (process != null) {
            process.kill();
        }
    }

    @Test
    void aServiceThatDiesIsReportedAndRestartedThreeTimesThenThePlatformStops() throws Exception {
        process = sleeper("analytics-service");
        supervisor.restartable(process, process::start);

        for (int restart = 1; restart <= Supervisor.RESTARTS; restart++) {
            long before = process.pid();
            killFromOutside(before);
            int expected = restart;
            await().atMost(Duration.ofSeconds(20))
                    .until(() ->
                            process.isAlive() && process.pid() != before && text().contains("restart " + expected));
        }
        assertThat(text())
                .contains("irtiqa: analytics-service exited unexpectedly (exit status 137); the last lines of its log:")
                .contains("sleeping as analytics-service")
                .contains("irtiqa: restarting analytics-service (restart 3 of at most 3 in 10 minutes) ...")
                .contains("irtiqa: analytics-service is running again (pid " + process.pid() + ")");
        assertThat(exits).isEmpty();

        killFromOutside(process.pid());
        await().atMost(Duration.ofSeconds(20)).until(() -> exits.equals(List.of(1)));
        assertThat(text())
                .contains(
                        "irtiqa: analytics-service exited 4 times within 10 minutes — stopping the platform (exit status 1)");
        assertThat(process.isAlive()).as("not started a fourth time").isFalse();
    }

    @Test
    void anEssentialServerThatDiesStopsThePlatformAtOnce() throws Exception {
        process = sleeper("Kafka broker");
        supervisor.essential(process);

        killFromOutside(process.pid());

        await().atMost(Duration.ofSeconds(20)).until(() -> exits.equals(List.of(1)));
        assertThat(text())
                .contains("irtiqa: Kafka broker exited unexpectedly (exit status 137)")
                .contains("sleeping as Kafka broker")
                .contains("irtiqa: Kafka broker is needed by everything else — stopping the platform (exit status 1)");
    }

    @Test
    void exitsWeAskedForAreNotReported() throws Exception {
        process = sleeper("registration-service");
        supervisor.restartable(process, process::start);
        ChildProcess broker = sleeper("Apicurio Registry");
        supervisor.essential(broker);

        process.stop(Duration.ofSeconds(5));
        broker.kill();

        // a report would come within milliseconds: nothing for a whole second
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> text().isEmpty() && exits.isEmpty());
    }

    /** A process that writes a line to its log and sleeps, standing in for a server. */
    private ChildProcess sleeper(String name) throws Exception {
        Path log = logs.resolve(name.replace(' ', '-') + ".log");
        ChildProcess sleeper = new ChildProcess(
                name, List.of("/bin/sh", "-c", "echo sleeping as " + name + "; exec sleep 600"), log, logs);
        sleeper.start();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Files.exists(log) && Files.readString(log).contains(name));
        return sleeper;
    }

    private static void killFromOutside(long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).start();
        assertThat(kill.waitFor()).isZero();
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
