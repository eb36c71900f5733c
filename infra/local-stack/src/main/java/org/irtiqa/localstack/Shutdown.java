package org.irtiqa.localstack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One JVM shutdown hook that stops everything we started. Ordered (LocalPlatform, whose data is
 * kept): services, then the identity provider, the registry, Kafka, PostgreSQL (the others write
 * to it), phase by phase; separate hooks per process would run concurrently, in no order.
 * Disposable (test stacks): the services (and test contexts) first, then all servers at once,
 * because Surefire halts a forked JVM whose hooks take longer than 30 s, and on a loaded machine
 * the ordered stop can. Temporary files go last. A
 * server that stops by itself unregisters, so the hook only sees what is still running.
 */
final class Shutdown {

    enum Phase {
        SERVICES,
        IDENTITY,
        REGISTRY,
        KAFKA,
        POSTGRES,
        FILES
    }

    private static final Map<Phase, Set<Runnable>> STOPS = new EnumMap<>(Phase.class);
    private static boolean hookInstalled;
    private static volatile boolean disposable;
    private static volatile boolean inProgress;

    private Shutdown() {}

    /** Nothing started in this JVM needs an orderly stop: stop every server at once. */
    static void disposable() {
        disposable = true;
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

    /** The hook has begun stopping what was started: exits from now on are expected. */
    static boolean inProgress() {
        return inProgress;
    }

    private static void runAll() {
        inProgress = true;
        List<Phase> servers = List.of(Phase.SERVICES, Phase.IDENTITY, Phase.REGISTRY, Phase.KAFKA, Phase.POSTGRES);
        if (disposable) {
            // what uses the servers first, while they still answer: a Spring context whose Kafka
            // consumers close against a broker already gone waits 30 s for it, and Surefire
            // halts the fork after 30 s of hooks
            runTogether(List.of(Phase.SERVICES));
            runTogether(servers.subList(1, servers.size()));
        } else {
            servers.forEach(phase -> runTogether(List.of(phase)));
        }
        runTogether(List.of(Phase.FILES));
    }

    private static void runTogether(List<Phase> phases) {
        List<Thread> threads = new ArrayList<>();
        for (Phase phase : phases) {
            List<Runnable> stops;
            synchronized (Shutdown.class) {
                stops = new ArrayList<>(STOPS.getOrDefault(phase, Set.of()));
            }
            for (Runnable stop : stops) {
                threads.add(Thread.ofPlatform().name("stop-" + phase).start(() -> {
                    try {
                        stop.run();
                    } catch (RuntimeException e) {
                        System.err.println("local-stack: stopping " + phase + " failed: " + e);
                    }
                }));
            }
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
