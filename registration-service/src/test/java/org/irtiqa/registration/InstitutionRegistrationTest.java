package org.irtiqa.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.irtiqa.events.Governorate;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

class InstitutionRegistrationTest extends RegistrationTest {

    @Test
    void registersInstitutionAndPublishesInstitutionRegisteredKeyedByCode() {
        String code = code("MTCIT");

        post("/api/institutions", institution(code))
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("Location", "/api/institutions/" + code)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo(code)
                .jsonPath("$.nameAr")
                .isEqualTo("وزارة النقل والاتصالات وتقنية المعلومات")
                .jsonPath("$.registeredAt")
                .exists();

        var events = TopicReader.await(Topics.INSTITUTIONS, e -> code.equals(e.key()));
        assertThat(events).hasSize(1);
        var event = (InstitutionRegistered) events.getFirst().value();
        assertThat(event.getGovernorate()).isEqualTo(Governorate.MUSCAT);
        assertThat(event.getNameAr()).isEqualTo("وزارة النقل والاتصالات وتقنية المعلومات");
        assertThat(event.getMeta().getSource()).isEqualTo("registration-service");
        assertThat(events.getFirst().header("ce_type"))
                .isEqualTo(InstitutionRegistered.getClassSchema().getFullName());
        assertThat(events.getFirst().header("ce_id"))
                .isEqualTo(event.getMeta().getEventId().toString());
    }

    @Test
    void aCallersTraceGoesOnWithTheEventAsItsTraceparentHeader() {
        String code = code("TRACE");
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        http().post()
                .uri("/api/institutions")
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(institution(code))
                .exchange()
                .expectStatus()
                .isCreated();

        var events = TopicReader.await(Topics.INSTITUTIONS, e -> code.equals(e.key()));
        // the same trace, sampled as the caller asked, under the span of the request's handling
        assertThat(events.getFirst().header("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01");
    }

    @Test
    void rejectsDuplicateCodeWithConflict() {
        String code = code("DUP");
        post("/api/institutions", institution(code)).expectStatus().isCreated();

        post("/api/institutions", institution(code))
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentTypeCompatibleWith("application/problem+json")
                .expectBody()
                .jsonPath("$.type")
                .value(type -> assertThat((String) type).endsWith("/institution-exists"));
    }

    @Test
    void rejectsUnknownGovernorateWithBadRequestNamingTheField() {
        String body = institution(code("BAD")).replace("MUSCAT", "ATLANTIS");

        post("/api/institutions", body)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("governorate");
    }

    @Test
    void rejectsTheUnknownSymbolThatExistsOnlyForOldReaders() {
        post("/api/institutions", institution(code("UNK")).replace("MUSCAT", "UNKNOWN"))
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void rejectsMalformedCodeAndMissingNames() {
        post("/api/institutions", """
                {"code": "-bad", "governorate": "MUSCAT", "sector": "MINISTRY"}""")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(3);
    }

    @Test
    void answersNotFoundForAnUnknownCode() {
        get("/api/institutions/NOPE-" + System.nanoTime())
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith("application/problem+json");
    }

    @Test
    void listsInstitutionsByCodeInPages() {
        String first = code("PAGE-A");
        String second = code("PAGE-B");
        post("/api/institutions", institution(first)).expectStatus().isCreated();
        post("/api/institutions", institution(second)).expectStatus().isCreated();

        get("/api/institutions?page=0&size=500")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.page")
                .isEqualTo(0)
                .jsonPath("$.size")
                .isEqualTo(500)
                .jsonPath("$.items[?(@.code == '" + first + "')]")
                .exists()
                .jsonPath("$.items[?(@.code == '" + second + "')]")
                .exists();
        get("/api/institutions?size=0").expectStatus().isBadRequest();
        get("/api/institutions?size=501").expectStatus().isBadRequest();
        get("/api/institutions?page=100000")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(0);
    }
}
