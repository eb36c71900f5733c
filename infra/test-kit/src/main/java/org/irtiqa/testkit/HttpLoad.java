package org.irtiqa.testkit;

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
 * Closed-loop HTTP load for benchmarks: {@code connections} virtual threads, each sending the next
 * request as soon as the last one answered, for a warm-up and then a measured period. Only answers
 * within the measured period count; one with another status than {@code expected} is a failure.
 */
public final class HttpLoad {

    public record Result(long requests, long failures, double perSecond, double p50Millis, double p99Millis) {

        @Override
        public String toString() {
            return "%.0f requests/s, p50 %.1f ms, p99 %.1f ms (%d requests, %d failed)"
                    .formatted(perSecond, p50Millis, p99Millis, requests, failures);
        }
    }

    private HttpLoad() {}

    public static Result run(
            Supplier<HttpRequest> requests, int expected, int connections, Duration warmUp, Duration measured)
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
                    HttpRequest request = requests.get();
                    long sent = System.nanoTime();
                    int status = send(http, request);
                    long answered = System.nanoTime();
                    if (sent >= measureFrom && answered <= end) {
                        if (status == expected) {
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

    private static int send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
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
