package org.irtiqa.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

class CohortTest extends RegistrationTest {

    @Test
    void createsACohortWithNoSeatTaken() {
        String code = code("C");
        post("/api/cohorts", cohort(code, 60))
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("Location", "/api/cohorts/" + code)
                .expectBody()
                .jsonPath("$.activeEnrolments")
                .isEqualTo(0)
                .jsonPath("$.startsOn")
                .isEqualTo("2026-12-01");
        get("/api/cohorts/" + code)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.nameAr")
                .isEqualTo("الدفعة الأولى");

        var events = TopicReader.await(Topics.COHORTS, e -> code.equals(e.key()));
        assertThat(events).hasSize(1);
        var created = (CohortCreated) events.getFirst().value();
        assertThat(created.getStartsOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(created.getEndsOn()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(created.getCapacity()).isEqualTo(60);
    }

    @Test
    void rejectsACohortThatEndsBeforeItStartsOrHasNoSeats() {
        post("/api/cohorts", cohort(code("C"), 10).replace("2027-03-31", "2026-11-30"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("endsOn");
        post("/api/cohorts", cohort(code("C"), 0))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("capacity");
    }

    @Test
    void rejectsADuplicateCohortCode() {
        String code = code("C");
        post("/api/cohorts", cohort(code, 10)).expectStatus().isCreated();
        post("/api/cohorts", cohort(code, 10)).expectStatus().isEqualTo(409);
    }
}
