package org.irtiqa.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Servers left behind by a JVM that died without running its shutdown hook (kill -9, a crash).
 * Every Java child carries {@code -Dirtiqa.local-stack.parent=<pid>}; a child whose parent is gone
 * is an orphan, and the next stack to start stops it so that it frees its ports and memory.
 * PostgreSQL temporary clusters are reaped by zonky itself; a persistent one through its pid file.
 */
final class Orphans {

    static final String PARENT_FLAG = "-Dirtiqa.local-stack.parent=";

    private Orphans() {
    }

    static String parentFlag() {
        return PARENT_FLAG + ProcessHandle.current().pid();
    }

    /** Stops (SIGTERM, then SIGKILL after 20 s) every Java child whose parent JVM is gone. */
    static void reap() {
        List<ProcessHandle> orphans = ProcessHandle.allProcesses().filter(Orphans::isOrphan).toList();
        orphans.forEach(orphan -> {
            System.out.println("local-stack: stopping orphan " + orphan.pid() + " left by a JVM that was killed");
            orphan.destroy();
        });
        orphans.forEach(orphan -> awaitExit(orphan, 20));
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
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
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

    private static boolean isOrphan(ProcessHandle process) {
        return process.info().arguments().stream().flatMap(Arrays::stream)
                .filter(argument -> argument.startsWith(PARENT_FLAG))
                .map(argument -> Long.parseLong(argument.substring(PARENT_FLAG.length())))
                .anyMatch(parent -> ProcessHandle.of(parent).map(p -> !p.isAlive()).orElse(true));
    }

    private static void awaitExit(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
