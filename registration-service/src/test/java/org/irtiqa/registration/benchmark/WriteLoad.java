package org.irtiqa.registration.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.irtiqa.testkit.HttpLoad;

/**
 * Closed-loop load ({@link HttpLoad}) on {@code POST /api/participants}: every participant is new
 * (a fresh e-mail), as the programme office's writes are.
 */
final class WriteLoad {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private WriteLoad() {}

    static HttpLoad.Result run(
            String baseUrl,
            String institution,
            Supplier<String> authorization,
            int connections,
            Duration warmUp,
            Duration measured)
            throws InterruptedException {
        return HttpLoad.run(() -> post(baseUrl, institution, authorization), 201, connections, warmUp, measured);
    }

    private static HttpRequest post(String baseUrl, String institution, Supplier<String> authorization) {
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
        return request.build();
    }
}
