package org.irtiqa.localstack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Servers left behind by a JVM that died without running its shutdown hook (kill -9, a crash).
 * Every Java child carries {@code -Dirtiqa.local-stack.parent=<pid>}; a child whose parent is gone
 * is an orphan, and the next stack to start stops it so that it frees its ports and memory.
 * PostgreSQL carries the same marker as a custom setting. A persistent cluster (LocalPlatform's) is
 * also found through its pid file.
 */
final class Orphans {

    static final String PARENT_FLAG = "-Dirtiqa.local-stack.parent=";
    /** PostgreSQL takes the same marker as a custom setting: {@code -c irtiqa.local_stack_parent=<pid>}. */
    static final String POSTGRES_SETTING = "irtiqa.local_stack_parent";

    private static final Pattern MARKER =
            Pattern.compile("(?:-Dirtiqa\\.local-stack\\.parent|irtiqa\\.local_stack_parent)=(\\d+)");

    private Orphans() {}

    static String parentFlag() {
        return PARENT_FLAG + ProcessHandle.current().pid();
    }

    /** Stops (SIGTERM, then SIGKILL after 20 s) every Java child whose parent JVM is gone. */
    static void reap() {
        List<ProcessHandle> orphans =
                ProcessHandle.allProcesses().filter(Orphans::isOrphan).toList();
        // Java servers first: PostgreSQL's smart shutdown (SIGTERM) waits for their connections to end.
        for (boolean postgres : new boolean[] {false, true}) {
            List<ProcessHandle> batch = orphans.stream()
                    .filter(p -> p.info().command().orElse("").endsWith("/postgres") == postgres)
                    .toList();
            batch.forEach(orphan -> {
                System.out.println("local-stack: stopping orphan " + orphan.pid() + " "
                        + orphan.info().command().orElse("") + ", left by a JVM that was killed");
                orphan.destroy();
            });
            batch.forEach(orphan -> awaitExit(orphan, 20));
        }
    }

    /**
     * Temporary Kafka data left by killed test JVMs: older than an hour and named by no running
     * process (a live broker names its directory on its command line, in the log4j2 path).
     */
    static void deleteStaleKafkaData() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> commandLines = ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .toList();
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, LocalStack.KAFKA_DATA_PREFIX + "*")) {
            for (Path dir : dirs) {
                String name = dir.getFileName().toString();
                if (Files.getLastModifiedTime(dir).toInstant().isBefore(anHourAgo)
                        && commandLines.stream().noneMatch(line -> line.contains(name))) {
                    TempFiles.deleteQuietly(dir);
                }
            }
        } catch (IOException e) {
            System.err.println("local-stack: could not look for stale Kafka data in " + tmp + ": " + e);
        }
    }

    /** A postmaster still running on {@code dataDirectory} after its JVM died: a fast shutdown. */
    static void reapPostmaster(Path dataDirectory) {
        try {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                    .filter(p ->
                            p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
            if (postmaster.isPresent()) {
                System.out.println("local-stack: stopping PostgreSQL " + pid + " left running on " + dataDirectory);
                new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor(); // SIGINT: fast shutdown
                awaitExit(postmaster.get(), 30);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("local-stack: could not check " + dataDirectory + " for a running PostgreSQL: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads the marker from the command line as a string: for a command line over 4 KB (Kafka's
     * classpath) the JDK gives no argument array, only the first 4 KB of text, where the marker is.
     */
    private static boolean isOrphan(ProcessHandle process) {
        Matcher marker = MARKER.matcher(process.info().commandLine().orElse(""));
        return marker.find()
                && ProcessHandle.of(Long.parseLong(marker.group(1)))
                        .map(p -> !p.isAlive())
                        .orElse(true);
    }

    private static void awaitExit(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
