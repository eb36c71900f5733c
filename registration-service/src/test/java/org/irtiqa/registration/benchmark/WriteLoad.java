package org.irtiqa.registration.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Closed-loop load on {@code POST /api/participants}: {@code connections} virtual threads, each
 * sending the next request as soon as the last one answered, for a warm-up and then a measured
 * period; every participant is new (a fresh e-mail), as the programme office's writes are.
 */
final class WriteLoad {

    record Result(long requests, long failures, double perSecond, double p50Millis, double p99Millis) {}

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private WriteLoad() {}

    static Result run(
            String baseUrl,
            String institution,
            Supplier<String> authorization,
            int connections,
            Duration warmUp,
            Duration measured)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    int status = post(http, baseUrl, institution, authorization);
                    long answered = System.nanoTime();
                    if (sent >= measureFrom && answered <= end) {
                        if (status == 201) {
                            latencies.add(answered - sent);
                        } else {
                            failures.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double seconds = measured.toNanos() / 1e9;
        return new Result(
                sorted.size(),
                failures.get(),
                sorted.size() / seconds,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99));
    }

    private static int post(HttpClient http, String baseUrl, String institution, Supplier<String> authorization) {
        long n = SEQUENCE.incrementAndGet();
        String body = """
                {"institutionCode": "%s", "fullNameEn": "Bench Leader %d", "fullNameAr": "قائد %d",
                 "email": "bench.%d.%d@bench.example.om", "level": "EXECUTIVE_TEAM", "jobTitle": "Director"}""".formatted(institution, n, n, System.nanoTime(), n);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/participants"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        String header = authorization.get();
        if (header != null) {
            request.header("Authorization", header);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static double percentile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1)))) / 1e6;
    }
}
