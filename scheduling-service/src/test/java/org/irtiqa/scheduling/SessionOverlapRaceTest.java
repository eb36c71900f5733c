package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** No two non-cancelled sessions of a cohort overlap, however the requests race. */
class SessionOverlapRaceTest extends SchedulingTest {

    private static final int REQUESTS = 12;

    @Test
    void ofManyOverlappingSessionsPostedAtOnceExactlyOneIsScheduled() throws Exception {
        String cohort = registration.cohort();
        var start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(REQUESTS)) {
            for (int i = 0; i < REQUESTS; i++) {
                // each overlaps every other: they all contain 10:00-10:30, shifted by i minutes
                String startsAt = "2026-12-10T09:%02d:00+04:00".formatted(30 + i);
                String endsAt = "2026-12-10T10:%02d:00+04:00".formatted(30 + i);
                statuses.add(pool.submit(() -> {
                    start.await();
                    return post("/api/sessions", session(cohort, startsAt, endsAt))
                            .returnResult()
                            .getStatus()
                            .value();
                }));
            }
            start.countDown();
        }
        List<Integer> answered = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answered.add(status.get());
        }

        assertThat(answered).filteredOn(s -> s == 201).hasSize(1);
        assertThat(answered).filteredOn(s -> s == 409).hasSize(REQUESTS - 1);
        get("/api/cohorts/" + cohort + "/sessions")
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1);
    }
}
