package org.irtiqa.registration;

import org.junit.jupiter.api.Test;

class CohortTest extends RegistrationTest {

    @Test
    void createsACohortWithNoSeatTaken() {
        String code = code("C");
        post("/api/cohorts", cohort(code, 60))
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/cohorts/" + code)
                .expectBody().jsonPath("$.activeEnrolments").isEqualTo(0).jsonPath("$.startsOn").isEqualTo("2026-12-01");
        get("/api/cohorts/" + code).expectStatus().isOk().expectBody().jsonPath("$.nameAr").isEqualTo("الدفعة الأولى");
    }

    @Test
    void rejectsACohortThatEndsBeforeItStartsOrHasNoSeats() {
        post("/api/cohorts", cohort(code("C"), 10).replace("2027-03-31", "2026-11-30"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("endsOn");
        post("/api/cohorts", cohort(code("C"), 0))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("capacity");
    }

    @Test
    void rejectsADuplicateCohortCode() {
        String code = code("C");
        post("/api/cohorts", cohort(code, 10)).expectStatus().isCreated();
        post("/api/cohorts", cohort(code, 10)).expectStatus().isEqualTo(409);
    }
}
