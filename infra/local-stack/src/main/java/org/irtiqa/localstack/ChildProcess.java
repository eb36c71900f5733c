package org.irtiqa.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A server started as its own operating-system process, its output appended to a log file.
 * Stopping sends SIGTERM and waits (then SIGKILL); killing is SIGKILL at once, like {@code kill -9}.
 * On Linux the child runs under {@code setsid}, so a Ctrl-C in the terminal reaches only our JVM,
 * whose shutdown hook then stops the children in a deliberate order.
 */
final class ChildProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Supplier<List<String>> command;
    private final Path logFile;
    private final Path workingDirectory;
    private volatile Process process;
    /** Set when we stop or kill it: its exit is then expected, not reported. */
    private volatile boolean ending;

    ChildProcess(String name, List<String> command, Path logFile, Path workingDirectory) {
        this(name, constant(List.copyOf(command)), logFile, workingDirectory);
    }

    /** A child whose command is decided at each start (a service launched from a cache made meanwhile). */
    ChildProcess(String name, Supplier<List<String>> command, Path logFile, Path workingDirectory) {
        this.name = name;
        this.command = command;
        this.logFile = logFile;
        this.workingDirectory = workingDirectory;
    }

    private static Supplier<List<String>> constant(List<String> command) {
        return () -> command;
    }

    /** The java launcher of the running JVM, so children run on the same (21+) JDK as we do. */
    static String java() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    synchronized void start() {
        if (isAlive()) {
            return;
        }
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command.get());
        ending = false;
        int javaAt = full.indexOf(java()); // maybe after a prefix (NetworkNamespace#exec)
        if (javaAt >= 0) {
            full.add(javaAt + 1, Orphans.parentFlag()); // see Orphans
        }
        try {
            Files.createDirectories(logFile.getParent());
            process = new ProcessBuilder(full)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + full, e);
        }
    }

    boolean isAlive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    /** Waits for a process that is meant to end by itself (a tool); fails with its log when it fails. */
    void awaitSuccess(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for " + name, e);
        }
        if (process.exitValue() != 0) {
            throw failure("exited with " + process.exitValue());
        }
    }

    /** Polls {@code ready} until it answers true; fails early, with the log, if the process dies. */
    void awaitReady(Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!isAlive()) {
                throw failure("died while starting");
            }
            if (System.nanoTime() > deadline) {
                throw failure("was not ready within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for " + name, e);
            }
        }
    }

    /** SIGTERM, then SIGKILL when it has not ended within {@code grace}. */
    void stop(Duration grace) {
        Process p = process;
        if (p == null) {
            return;
        }
        ending = true;
        p.destroy();
        try {
            if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /** SIGKILL to the process and anything it spawned, then waits until it is gone. */
    void kill() {
        Process p = process;
        if (p == null) {
            return;
        }
        ending = true;
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.onExit().join();
    }

    /**
     * Completes with the exit status when the process running now ends by itself — a crash, a
     * {@code kill -9} from outside — and never when we stop or kill it.
     */
    CompletableFuture<Integer> unexpectedExit() {
        Process p = process;
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        if (p != null) {
            p.onExit().thenAccept(ended -> {
                if (!ending) {
                    exit.complete(ended.exitValue());
                }
            });
        }
        return exit;
    }

    String name() {
        return name;
    }

    IllegalStateException failure(String what) {
        return new IllegalStateException(name + " " + what + "; last lines of " + logFile + ":\n" + tail(20));
    }

    /** The last 20 lines of its log. */
    String tail() {
        return tail(20);
    }

    String tail(int lines) {
        return tail(logFile, lines);
    }

    /** The last lines of a log, for a report. */
    static String tail(Path logFile, int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    Path logFile() {
        return logFile;
    }
}
