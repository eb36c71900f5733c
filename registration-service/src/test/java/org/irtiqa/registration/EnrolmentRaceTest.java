package org.irtiqa.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

/** The database, not a check-then-act in Java, keeps the rules when requests race. */
class EnrolmentRaceTest extends RegistrationTest {

    @Test
    void manyEnrolmentsRacingForTheLastSeatsFillTheCohortExactly() throws Exception {
        String institution = code("RACE");
        String cohort = code("C");
        post("/api/institutions", institution(institution)).expectStatus().isCreated();
        post("/api/cohorts", cohort(cohort, 3)).expectStatus().isCreated();
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            participants.add(participantId(institution));
        }

        List<Integer> statuses = inParallel(participants.stream()
                .<Callable<Integer>>map(p -> () -> enrolStatus(p, cohort))
                .toList());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        get("/api/cohorts/" + cohort)
                .expectBody()
                .jsonPath("$.activeEnrolments")
                .isEqualTo(3);
        assertThat(TopicReader.await(
                        Topics.ENROLMENTS,
                        true,
                        e -> e.value() instanceof ParticipantEnrolled p
                                && p.getCohortCode().equals(cohort),
                        3))
                .hasSize(3);
    }

    @Test
    void oneParticipantRacingIntoTwoCohortsGetsOneActiveEnrolment() throws Exception {
        String institution = code("RACE");
        post("/api/institutions", institution(institution)).expectStatus().isCreated();
        List<String> cohorts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String cohort = code("C" + i);
            post("/api/cohorts", cohort(cohort, 10)).expectStatus().isCreated();
            cohorts.add(cohort);
        }
        String participant = participantId(institution);

        List<Integer> statuses = inParallel(cohorts.stream()
                .<Callable<Integer>>map(c -> () -> enrolStatus(participant, c))
                .toList());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
        get("/api/enrolments?institutionCode=" + institution)
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1);
    }

    @Test
    void aCapacityCorrectionRacingEnrolmentsNeverLeavesMoreEnrolledThanSeats() throws Exception {
        String institution = code("RACE");
        String cohort = code("C");
        post("/api/institutions", institution(institution)).expectStatus().isCreated();
        post("/api/cohorts", cohort(cohort, 12)).expectStatus().isCreated();
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            participants.add(participantId(institution));
        }
        String smaller = cohort(cohort, 4);

        List<Callable<Integer>> calls = new ArrayList<>(participants.stream()
                .<Callable<Integer>>map(p -> () -> enrolStatus(p, cohort))
                .toList());
        calls.add(5, () -> put("/api/cohorts/" + cohort, smaller)
                .returnResult(String.class)
                .getStatus()
                .value());
        List<Integer> statuses = inParallel(calls);

        // the row lock orders them: a 500 here would be the table's check constraint catching a lost race
        assertThat(statuses).allMatch(s -> s == 200 || s == 201 || s == 409);
        long enrolled = statuses.stream().filter(s -> s == 201).count();
        int capacity = statuses.get(5) == 200 ? 4 : 12;
        assertThat(enrolled).isLessThanOrEqualTo(capacity);
        get("/api/cohorts/" + cohort)
                .expectBody()
                .jsonPath("$.capacity")
                .isEqualTo(capacity)
                .jsonPath("$.activeEnrolments")
                .isEqualTo((int) enrolled);
    }

    private int enrolStatus(String participantId, String cohort) {
        return post(
                        "/api/enrolments",
                        "{\"participantId\": \"%s\", \"cohortCode\": \"%s\"}".formatted(participantId, cohort))
                .returnResult(String.class)
                .getStatus()
                .value();
    }

    private String participantId(String institution) {
        return post(
                        "/api/participants",
                        participant(institution, "r" + System.nanoTime() + "@gov.om", "EXECUTIVE_TEAM"))
                .expectStatus()
                .isCreated()
                .returnResult(EnrolmentTest.ParticipantJson.class)
                .getResponseBody()
                .id();
    }

    private static List<Integer> inParallel(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
