package org.irtiqa.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.events.registration.InstitutionUpdated;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.testkit.Tokens;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** `PUT /api/institutions/{code}` (api.md, "Corrections and integrity"). */
class InstitutionCorrectionTest extends RegistrationTest {

    @Test
    void correctsAnInstitutionAndPublishesInstitutionUpdatedWithTheNextRevision() {
        String code = registeredInstitution();

        put("/api/institutions/" + code, correction("Ministry of Labour", "DHOFAR"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo(code)
                .jsonPath("$.nameEn")
                .isEqualTo("Ministry of Labour")
                .jsonPath("$.governorate")
                .isEqualTo("DHOFAR")
                .jsonPath("$.registeredAt")
                .exists();
        put("/api/institutions/" + code, correction("Ministry of Labour", "MUSCAT"))
                .expectStatus()
                .isOk();

        get("/api/institutions/" + code).expectBody().jsonPath("$.governorate").isEqualTo("MUSCAT");
        var events = TopicReader.await(Topics.INSTITUTIONS, true, e -> code.equals(e.key()), 3);
        assertThat(events).hasSize(3);
        var registered = (InstitutionRegistered) events.get(0).value();
        var first = (InstitutionUpdated) events.get(1).value();
        var second = (InstitutionUpdated) events.get(2).value();
        assertThat(registered.getRevision()).isZero();
        assertThat(first.getRevision()).isEqualTo(1);
        assertThat(first.getGovernorate()).isEqualTo(Governorate.DHOFAR);
        assertThat(first.getNameAr()).isEqualTo("وزارة العمل");
        assertThat(second.getRevision()).isEqualTo(2);
        assertThat(second.getGovernorate()).isEqualTo(Governorate.MUSCAT);
        assertThat(events.get(1).header("ce_type"))
                .isEqualTo(InstitutionUpdated.getClassSchema().getFullName());
    }

    @Test
    void aCorrectionThatChangesNothingWritesNoEventAndKeepsTheRevision() {
        String code = registeredInstitution();
        String unchanged = institution(code).replace("\"code\": \"" + code + "\",", "");

        put("/api/institutions/" + code, unchanged).expectStatus().isOk();
        put("/api/institutions/" + code, correction("Renamed", "MUSCAT"))
                .expectStatus()
                .isOk();

        // the real change's event is the second on the key: the no-op before it wrote none
        var events = TopicReader.await(
                Topics.INSTITUTIONS, true, e -> code.equals(e.key()) && e.value() instanceof InstitutionUpdated, 1);
        var all = TopicReader.all(Topics.INSTITUTIONS, true).stream()
                .filter(e -> code.equals(e.key()))
                .toList();
        assertThat(all).hasSize(2);
        assertThat(((InstitutionUpdated) events.getFirst().value()).getRevision())
                .isEqualTo(1);
    }

    @Test
    void listsEveryInvalidFieldAtOnceBeforeLookingTheCodeUp() {
        put("/api/institutions/NO-SUCH-" + System.nanoTime(), """
                        {"nameEn": "", "nameAr": "%s", "sector": "MINISTRY"}""".formatted("ع".repeat(201)))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(3)
                .jsonPath("$.errors[*].field")
                .value(fields ->
                        assertThat((List<Object>) fields).containsExactlyInAnyOrder("nameEn", "nameAr", "governorate"));
    }

    @Test
    void answersNotFoundForAnUnknownCode() {
        put("/api/institutions/NO-SUCH-" + System.nanoTime(), correction("Name", "MUSCAT"))
                .expectStatus()
                .isNotFound();
    }

    @Test
    void onlyTheProgrammeOfficeCorrectsAndARefusedCorrectionChangesNothing() {
        String code = registeredInstitution();
        for (String account : List.of(Tokens.coordinator(code), Tokens.VIEWER, Tokens.OPERATOR)) {
            as(account)
                    .put()
                    .uri("/api/institutions/" + code)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(correction("Taken over", "DHOFAR"))
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
        anonymous()
                .put()
                .uri("/api/institutions/" + code)
                .contentType(MediaType.APPLICATION_JSON)
                .body(correction("Taken over", "DHOFAR"))
                .exchange()
                .expectStatus()
                .isUnauthorized();

        get("/api/institutions/" + code).expectBody().jsonPath("$.governorate").isEqualTo("MUSCAT");
        put("/api/institutions/" + code, correction("Fence", "MUSCAT"))
                .expectStatus()
                .isOk();
        var updates = TopicReader.await(
                Topics.INSTITUTIONS, true, e -> code.equals(e.key()) && e.value() instanceof InstitutionUpdated, 1);
        assertThat(updates).hasSize(1);
        assertThat(((InstitutionUpdated) updates.getFirst().value()).getNameEn())
                .isEqualTo("Fence");
    }

    private static String correction(String nameEn, String governorate) {
        return """
                {"nameEn": "%s", "nameAr": "وزارة العمل", "governorate": "%s", "sector": "MINISTRY"}""".formatted(nameEn, governorate);
    }
}
