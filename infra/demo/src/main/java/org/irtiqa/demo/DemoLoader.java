package org.irtiqa.demo;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Loads the demo programme into a running platform over its public APIs and waits until
 * analytics shows every institution's figures:
 * {@code java -cp ... org.irtiqa.demo.DemoLoader --registration URL --scheduling URL --analytics URL
 * [--seed N] [--issuer URL --client-id ID --client-secret SECRET]}: it signs in with the
 * client-credentials grant (a programme admin's client; the local provider's by default).
 * Exits 0 when the figures are visible, 1 on failure. Safe to run again (idempotency keys).
 */
public final class DemoLoader {

    public static final long DEFAULT_SEED = 2026;

    private DemoLoader() {}

    public static void main(String[] args) {
        Map<String, String> options = new java.util.HashMap<>(Map.of(
                "--registration",
                "http://127.0.0.1:8081",
                "--scheduling",
                "http://127.0.0.1:8082",
                "--analytics",
                "http://127.0.0.1:8083",
                "--seed",
                Long.toString(DEFAULT_SEED),
                "--issuer",
                "http://127.0.0.1:8090",
                "--client-id",
                ClientCredentials.LOCAL_CLIENT,
                "--client-secret",
                ClientCredentials.LOCAL_SECRET));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i])) {
                System.err.println(
                        "usage: DemoLoader [--registration URL] [--scheduling URL] [--analytics URL] [--seed N]"
                                + " [--issuer URL] [--client-id ID] [--client-secret SECRET]");
                System.exit(2);
            }
            options.put(args[i], args[i + 1]);
        }
        try {
            long started = System.nanoTime();
            Programme demo =
                    ProgrammeGenerator.generate(ProgrammeGenerator.Spec.demo(Long.parseLong(options.get("--seed"))));
            System.out.printf(
                    "demo: loading %d institutions, %d leaders, %d sessions, %d assessments (%d writes) ...%n",
                    demo.institutions().size(),
                    demo.participants().size(),
                    demo.sessions().size(),
                    demo.assessments().size(),
                    demo.steps());
            var signIn = new ClientCredentials(
                    options.get("--issuer"), options.get("--client-id"), options.get("--client-secret"));
            new Loader(
                            new Http(options.get("--registration"), signIn),
                            new Http(options.get("--scheduling"), signIn),
                            8,
                            System.out::println)
                    .importingParticipants()
                    .load(demo);
            awaitFigures(new Http(options.get("--analytics"), signIn), demo);
            System.out.printf(
                    "demo: loaded; figures of all %d institutions visible in analytics after %.1f s%n",
                    demo.institutions().size(), (System.nanoTime() - started) / 1e9);
        } catch (RuntimeException e) {
            System.err.println("demo: failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Until analytics serves every institution with the enrolled count the demo expects. */
    static void awaitFigures(Http analytics, Programme demo) {
        Map<String, Readiness> expected = Figures.of(demo).institutions();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        long matching = 0;
        while (Instant.now().isBefore(deadline)) {
            try {
                Http.Response response = analytics.get("/api/readiness/institutions");
                if (response.ok()) {
                    matching = 0;
                    for (var item : response.body().get("items")) {
                        Readiness want =
                                expected.get(item.get("institutionCode").asString());
                        if (want != null
                                && item.get("enrolled").asLong() == want.enrolled()
                                && item.get("completed").asLong() == want.completed()) {
                            matching++;
                        }
                    }
                    if (matching == expected.size()) {
                        return;
                    }
                }
            } catch (IOException e) {
                // analytics not answering yet
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException(
                "analytics shows " + matching + " of " + expected.size() + " institutions' figures");
    }
}
