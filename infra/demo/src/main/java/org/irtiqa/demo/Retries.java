package org.irtiqa.demo;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * The loader's retries: what may pass later is tried again with back-off, the same request each
 * time (same body, same {@code Idempotency-Key}), for up to {@link #STEP_DEADLINE}.
 */
final class Retries {

    static final Duration STEP_DEADLINE = Duration.ofMinutes(5);

    private Retries() {}

    interface Call {
        Http.Response send() throws IOException;
    }

    /**
     * POSTs until a 2xx, retrying (same key, same body) what may pass later: no connection, a
     * timeout, a 5xx, a repeat still in flight, and from scheduling a 422 (its roster catching up).
     */
    static JsonNode write(Http service, String path, Object body, String idempotencyKey) {
        return untilOk(
                "POST " + service.baseUrl() + path + " [" + idempotencyKey + "]",
                isScheduling(path),
                () -> service.post(path, body, idempotencyKey));
    }

    /** PUTs until a 2xx, retrying what may pass later as {@link #write} does. */
    static JsonNode put(Http service, String path, Object body) {
        return untilOk("PUT " + service.baseUrl() + path, isScheduling(path), () -> service.put(path, body));
    }

    /** Sends until a 2xx and returns its body; {@code what} names the request in the failure. */
    static JsonNode untilOk(String what, boolean retryUnknownReference, Call call) {
        Instant deadline = Instant.now().plus(STEP_DEADLINE);
        long backoff = 100;
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            try {
                Http.Response response = call.send();
                if (response.ok()) {
                    return response.body();
                }
                boolean retry = response.status() >= 500
                        || response.problem().equals("idempotency-key-in-use")
                        || (response.status() == 422 && retryUnknownReference);
                last = response.status() + " " + (response.body() == null ? "" : response.body());
                if (!retry) {
                    throw new IllegalStateException(what + " → " + last);
                }
            } catch (IOException e) {
                last = e.toString();
            }
            sleep(backoff);
            backoff = Math.min(backoff * 2, 3000);
        }
        throw new IllegalStateException(what + " did not succeed within " + STEP_DEADLINE + "; last: " + last);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static boolean isScheduling(String path) {
        return path.startsWith("/api/sessions") || path.startsWith("/api/assessments");
    }
}
