package org.irtiqa.testkit;

import java.lang.management.ManagementFactory;
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

    /**
     * What the measured period gave; {@code cpuMillisPerRequest} is this JVM's CPU time over the
     * period per answer (the server's and the load's own when both run in it), which does not move
     * with the load other processes put on the machine, as the rate and the latencies do.
     */
    public record Result(
            long requests,
            long failures,
            double perSecond,
            double p50Millis,
            double p99Millis,
            double cpuMillisPerRequest) {

        @Override
        public String toString() {
            return "%.0f requests/s, p50 %.1f ms, p99 %.1f ms, CPU %.2f ms/request (%d requests, %d failed)"
                    .formatted(perSecond, p50Millis, p99Millis, cpuMillisPerRequest, requests, failures);
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
        long cpuFrom = cpuAt(measureFrom);
        long cpuTo = cpuAt(end);
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
                percentile(sorted, 0.99),
                sorted.isEmpty() ? Double.NaN : (cpuTo - cpuFrom) / 1e6 / sorted.size());
    }

    /** The process's CPU time in ns, read at {@code nanoTime} (waiting until then). */
    private static long cpuAt(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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
