package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.irtiqa.demo.Http;
import org.irtiqa.demo.Loader;
import org.irtiqa.demo.Programme;
import org.junit.jupiter.api.Test;

/**
 * Every write of a programme has its first response lost — half by a client timeout while the
 * request is in flight, half by dropping a response the server did send — and is retried with
 * the same Idempotency-Key and body: each has exactly one effect and one event.
 */
class RetriedWriteTest {

    private final Platform platform = Platform.shared();

    @Test
    void writesRetriedAfterATimeoutWithTheSameIdempotencyKeyHaveOneEffect() {
        Programme programme = Programmes.generate("IK", 61, 2, 2);
        Loader loader = new Loader(
                new LosingFirstResponse(platform.process("registration-service").url(), platform.signIn()),
                new LosingFirstResponse(platform.process("scheduling-service").url(), platform.signIn()),
                4,
                System.out::println);
        loader.load(programme);

        Api registration = platform.api("registration-service");
        for (Programme.Institution institution : programme.institutions()) {
            long participants = programme.participants().stream()
                    .filter(p -> p.institutionCode().equals(institution.code()))
                    .count();
            assertThat(registration
                            .get("/api/participants?institutionCode=" + institution.code() + "&size=500")
                            .body()
                            .get("total")
                            .asLong())
                    .isEqualTo(participants);
            long enrolments = programme.enrolments().stream()
                    .filter(e -> e.institutionCode().equals(institution.code()))
                    .count();
            assertThat(registration
                            .get("/api/enrolments?institutionCode=" + institution.code() + "&size=500")
                            .body()
                            .get("total")
                            .asLong())
                    .isEqualTo(enrolments);
        }
        Api scheduling = platform.api("scheduling-service");
        for (Programme.Participant p : programme.participants()) {
            long assessments = programme.assessments().stream()
                    .filter(a -> a.participantKey().equals(p.key()))
                    .count();
            assertThat(scheduling
                            .get("/api/participants/" + loader.id(p.key()) + "/assessments")
                            .body()
                            .get("items"))
                    .hasSize((int) assessments);
        }
        Expectations.awaitAnalyticsMatchesLedger(platform.api("analytics-service"));
        Expectations.assertNothingDeadLettered(platform);
    }

    /** The first attempt of each idempotency key never yields a response to the caller. */
    private static final class LosingFirstResponse extends Http {

        private final Set<String> tried = ConcurrentHashMap.newKeySet();
        private final AtomicInteger attempts = new AtomicInteger();
        private final Http impatient;

        LosingFirstResponse(String baseUrl, Supplier<String> signIn) {
            super(baseUrl, signIn);
            impatient = new Http(baseUrl, Duration.ofMillis(15), signIn);
        }

        @Override
        public Response post(String path, Object body, String idempotencyKey) throws IOException {
            if (idempotencyKey != null && tried.add(idempotencyKey)) {
                if (attempts.incrementAndGet() % 2 == 0) {
                    super.post(path, body, idempotencyKey);
                    throw new IOException("response lost (simulated)");
                }
                impatient.post(path, body, idempotencyKey); // usually an HttpTimeoutException
                throw new IOException("response lost (simulated)");
            }
            return super.post(path, body, idempotencyKey);
        }
    }
}
