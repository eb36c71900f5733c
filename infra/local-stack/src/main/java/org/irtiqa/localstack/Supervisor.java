package org.irtiqa.localstack;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * What {@code ./irtiqa run} does when something it started exits by itself (never a silent
 * half-dead platform): it says so at once, with the exit status and the last lines of the log, and
 * then
 * <ul>
 *   <li>a <b>service</b> (stateless; its consumers resume from their committed offsets, its outbox
 *       from its table) is started again and awaited healthy, at most {@value #RESTARTS} times in
 *       {@link #WINDOW} — a service that keeps dying is broken, not unlucky;</li>
 *   <li>an <b>essential server</b> (PostgreSQL, the Kafka broker, the registry, the identity
 *       provider: everything the services stand on), or a service past its restarts, stops the
 *       whole platform with exit status 1 — the shutdown hook stops the rest in order.</li>
 * </ul>
 * Exits during the shutdown, or of processes we stopped or killed ourselves, are expected and
 * not reported.
 */
final class Supervisor {

    static final int RESTARTS = 3;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final int EXIT_STATUS = 1;

    private final PrintStream out;
    private final IntConsumer exit;
    private final BooleanSupplier stopping;
    private final Clock clock;
    private volatile boolean stopped;

    Supervisor(PrintStream out, IntConsumer exit, BooleanSupplier stopping, Clock clock) {
        this.out = out;
        this.exit = exit;
        this.stopping = stopping;
        this.clock = clock;
    }

    /** For LocalPlatform: reports on standard error, stops with {@code System.exit}. */
    static Supervisor ofPlatform() {
        return new Supervisor(System.err, System::exit, Shutdown::inProgress, Clock.systemUTC());
    }

    /** A server the platform cannot run without. */
    void essential(ChildProcess process) {
        process.unexpectedExit().thenAccept(status -> {
            if (report(process.name(), "exit status " + status, process::tail)) {
                stop(process.name() + " is needed by everything else");
            }
        });
    }

    /** A server that is not our child (the postmaster pg_ctl started), by its process handle. */
    void essential(String name, ProcessHandle handle, Supplier<String> logTail) {
        handle.onExit().thenAccept(ended -> {
            if (report(name, "its process " + handle.pid() + " ended", logTail)) {
                stop(name + " is needed by everything else");
            }
        });
    }

    /** A service, started again by {@code restart} (which returns once it is healthy). */
    void restartable(ChildProcess process, Runnable restart) {
        watch(process, restart, new ArrayDeque<>());
    }

    private void watch(ChildProcess process, Runnable restart, Deque<Instant> restarts) {
        process.unexpectedExit()
                .thenAcceptAsync(
                        status -> {
                            if (!report(process.name(), "exit status " + status, process::tail)) {
                                return;
                            }
                            Instant now = clock.instant();
                            while (!restarts.isEmpty() && restarts.peekFirst().isBefore(now.minus(WINDOW))) {
                                restarts.removeFirst();
                            }
                            if (restarts.size() >= RESTARTS) {
                                stop(process.name() + " exited " + (RESTARTS + 1) + " times within "
                                        + WINDOW.toMinutes() + " minutes");
                                return;
                            }
                            restarts.addLast(now);
                            out.println("irtiqa: restarting " + process.name() + " (restart " + restarts.size()
                                    + " of at most " + RESTARTS + " in " + WINDOW.toMinutes() + " minutes) ...");
                            try {
                                restart.run();
                            } catch (RuntimeException e) {
                                stop(process.name() + " did not come back: " + e.getMessage());
                                return;
                            }
                            out.println("irtiqa: " + process.name() + " is running again (pid " + process.pid() + ")");
                            watch(process, restart, restarts);
                        },
                        task -> Thread.ofPlatform()
                                .name("irtiqa-supervisor")
                                .daemon()
                                .start(task));
    }

    /** Prints what ended; answers false when the exit was expected (the platform is stopping). */
    private boolean report(String name, String how, Supplier<String> logTail) {
        if (stopped || stopping.getAsBoolean()) {
            return false;
        }
        out.println("\nirtiqa: " + name + " exited unexpectedly (" + how + "); the last lines of its log:\n"
                + logTail.get());
        return true;
    }

    private synchronized void stop(String why) {
        if (stopped) {
            return;
        }
        stopped = true;
        out.println("irtiqa: " + why + " — stopping the platform (exit status " + EXIT_STATUS + ")");
        CompletableFuture.runAsync(
                () -> exit.accept(EXIT_STATUS),
                task -> Thread.ofPlatform().name("irtiqa-supervisor-stop").start(task));
    }
}
