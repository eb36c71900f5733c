package org.irtiqa.localstack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One JVM shutdown hook that stops everything we started, phase by phase: services before the
 * registry, the registry before Kafka, Kafka before PostgreSQL (the registry and services write to
 * it), and temporary files last. Separate hooks per process would run concurrently, in no order. Within a phase the stops run
 * in parallel. A stopped server unregisters itself, so the hook only sees what is still running.
 */
final class Shutdown {

    enum Phase { SERVICES, REGISTRY, KAFKA, POSTGRES, FILES }

    private static final Map<Phase, Set<Runnable>> STOPS = new EnumMap<>(Phase.class);
    private static boolean hookInstalled;

    private Shutdown() {
    }

    static synchronized void register(Phase phase, Runnable stop) {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(Shutdown::runAll, "irtiqa-local-stack-shutdown"));
            hookInstalled = true;
        }
        STOPS.computeIfAbsent(phase, p -> new LinkedHashSet<>()).add(stop);
    }

    static synchronized void unregister(Phase phase, Runnable stop) {
        Set<Runnable> stops = STOPS.get(phase);
        if (stops != null) {
            stops.remove(stop);
        }
    }

    private static void runAll() {
        for (Phase phase : Phase.values()) {
            List<Runnable> stops;
            synchronized (Shutdown.class) {
                stops = new ArrayList<>(STOPS.getOrDefault(phase, Set.of()));
            }
            List<Thread> threads = new ArrayList<>();
            for (Runnable stop : stops) {
                threads.add(Thread.ofPlatform().name("stop-" + phase).start(() -> {
                    try {
                        stop.run();
                    } catch (RuntimeException e) {
                        System.err.println("local-stack: stopping " + phase + " failed: " + e);
                    }
                }));
            }
            for (Thread thread : threads) {
                try {
                    thread.join(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
