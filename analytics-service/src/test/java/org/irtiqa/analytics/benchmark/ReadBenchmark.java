package org.irtiqa.analytics.benchmark;

import static org.awaitility.Awaitility.await;
import static org.irtiqa.analytics.programme.TestEvents.*;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.irtiqa.analytics.programme.TestEvents.Sent;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.Theme;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.EventSender;
import org.irtiqa.testkit.HttpLoad;
import org.irtiqa.testkit.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Not a timed test but a benchmark, run on demand:
 * {@code mvn -pl analytics-service verify -Dtest=ReadBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * A programme shaped like the real one (57 institutions in the 11 governorates, 4 cohorts of 34
 * sessions over 120 days, 1,600 leaders attending 80 % and assessed at the start, monthly and at
 * the end), then 16 connections in a closed loop on the institution list, one institution's
 * 120-day history, one institution's figures and the programme's history, in the same run, each
 * path warmed up first; then how long a change takes
 * to reach an open stream. Results in
 * {@code target/read-benchmark.txt}.
 */
@Tag("isolated")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "irtiqa.test.database=analytics_readbench")
@ContextConfiguration(initializers = LocalStackInitializer.class)
class ReadBenchmark {

    private static final int INSTITUTIONS = 57, COHORTS = 4, SESSIONS = 34, LEADERS = 1_600, DAYS = 120;
    private static final int CONNECTIONS = 16;
    private static final Duration WARM_UP = Duration.ofSeconds(5), MEASURED = Duration.ofSeconds(15);
    private static final ZoneId MUSCAT = ZoneId.of("Asia/Muscat");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void measuresTheListAHistoryAndOneInstitution() throws Exception {
        int events = load();
        long loaded = System.nanoTime();
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> jdbc.sql("select coalesce(sum(enrolled), 0) from readiness_cell")
                                        .query(Long.class)
                                        .single()
                                == LEADERS
                        && !jdbc.sql("select exists (select 1 from readiness_pending)")
                                .query(Boolean.class)
                                .single()
                        // and the days written: the history's flush must not run beside the reads measured
                        && !jdbc.sql("select exists (select 1 from readiness_history_pending)")
                                .query(Boolean.class)
                                .single());
        String token = Tokens.bearer(Tokens.ADMIN);
        StringBuilder report = new StringBuilder(
                "read benchmark: %d events, %d connections, %s measured after a warm-up of every path%n"
                        .formatted(events, CONNECTIONS, MEASURED));
        List<String> paths = List.of(
                "/api/readiness/institutions",
                "/api/readiness/institutions/I7/history",
                "/api/readiness/institutions/I7",
                "/api/readiness/programme/history");
        // every path first, unmeasured: the first one measured paid the JIT's compilation of the
        // shared request path (the list: 761-878 requests/s measured first, 2,312 measured last)
        for (String path : paths) {
            load(path, token, WARM_UP, WARM_UP);
        }
        for (String path : paths) {
            report.append("%-42s %s%n".formatted(path, load(path, token, WARM_UP, MEASURED)));
        }
        report.append(streamLatency(token));
        System.out.print(report);
        Files.writeString(Path.of("target", "read-benchmark.txt"), report);
    }

    private HttpLoad.Result load(String path, String token, Duration warmUp, Duration measured)
            throws InterruptedException {
        return HttpLoad.run(
                () -> HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", token)
                        .build(),
                200,
                CONNECTIONS,
                warmUp,
                measured);
    }

    /**
     * From sending an event that changes institution I7's figures to an open stream's receiving
     * I7's new figures: the path a dashboard sees (intake, publication through the outbox,
     * analytics.readiness.v1, the feed, the view), one change at a time.
     */
    private String streamLatency(String token) throws Exception {
        BlockingQueue<Long> received = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/readiness/stream"))
                                .header("Authorization", token)
                                .build(),
                        HttpResponse.BodyHandlers.ofLines());
        Thread.ofVirtual().start(() -> response.body().forEach(line -> {
            if (line.startsWith("data:") && line.contains("\"institutionCode\":\"I7\"")) {
                received.add(System.nanoTime());
            }
        }));
        List<Long> latencies = new ArrayList<>();
        try (EventSender sender = new EventSender()) {
            for (int i = 0; i < 30; i++) {
                UUID e = UUID.randomUUID();
                Instant at = Instant.now();
                Sent enrolment = enrolled(e, UUID.randomUUID(), "I7", "K0", LeadershipLevel.EXECUTIVE_TEAM, at);
                long sent = System.nanoTime();
                sender.send(enrolment.topic(), enrolment.key(), enrolment.event());
                Long arrived = received.poll(30, TimeUnit.SECONDS);
                if (arrived != null) {
                    latencies.add(arrived - sent);
                }
                Thread.sleep(200);
            }
        }
        latencies.sort(null);
        return "stream: %d of 30 changes delivered, p50 %.0f ms, p99 %.0f ms, max %.0f ms%n"
                .formatted(
                        latencies.size(),
                        latencies.get(latencies.size() / 2) / 1e6,
                        latencies.get((int) Math.round(0.99 * (latencies.size() - 1))) / 1e6,
                        latencies.getLast() / 1e6);
    }

    private int load() {
        Random random = new Random(7);
        Governorate[] governorates = Governorate.values();
        LocalDate first = LocalDate.now(MUSCAT).minusDays(DAYS);
        Instant start = first.atStartOfDay(MUSCAT).toInstant().plus(Duration.ofHours(9));
        List<Sent> events = new ArrayList<>();
        for (int i = 0; i < INSTITUTIONS; i++) {
            events.add(institution("I" + i, governorates[i % (governorates.length - 1)], start)); // not UNKNOWN
        }
        List<List<UUID>> sessions = new ArrayList<>();
        for (int c = 0; c < COHORTS; c++) {
            List<UUID> ids = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                UUID id = UUID.randomUUID();
                Instant at = start.plus(Duration.ofHours(84L * s + 24L * c));
                events.add(scheduled(id, "K" + c, at));
                events.add(sessionCompleted(id, "K" + c, at.plus(Duration.ofHours(2))));
                ids.add(id);
            }
            sessions.add(ids);
        }
        Theme[] themes = {Theme.RISK_MANAGEMENT, Theme.DIGITAL_TRANSFORMATION, Theme.LIFE_EVENT_JOURNEYS};
        for (int l = 0; l < LEADERS; l++) {
            UUID e = UUID.randomUUID(), p = UUID.randomUUID();
            String institution = "I" + (l % INSTITUTIONS);
            int c = random.nextInt(COHORTS);
            String cohort = "K" + c;
            Instant enrolled = start.plus(Duration.ofDays(random.nextInt(10)));
            events.add(enrolled(e, p, institution, cohort, LeadershipLevel.values()[random.nextInt(4)], enrolled));
            for (UUID s : sessions.get(c)) {
                if (random.nextInt(10) < 8) {
                    events.add(attended(s, p, e, institution, cohort, enrolled));
                }
            }
            for (Theme theme : themes) {
                for (int month = 0; month <= 4; month++) {
                    AssessmentKind kind = month == 0
                            ? AssessmentKind.BASELINE
                            : month == 4 ? AssessmentKind.FINAL : AssessmentKind.MODULE;
                    Instant at = enrolled.plus(Duration.ofDays(month * 28L + random.nextInt(3)));
                    events.add(assessed(
                            UUID.randomUUID(),
                            p,
                            e,
                            institution,
                            cohort,
                            theme,
                            kind,
                            30 + random.nextInt(71),
                            at,
                            at));
                }
            }
        }
        try (BenchmarkLoad sender = new BenchmarkLoad()) {
            sender.send(events);
        }
        return events.size();
    }
}
