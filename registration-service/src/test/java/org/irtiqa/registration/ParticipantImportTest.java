package org.irtiqa.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ParticipantImportTest extends RegistrationTest {

    private static final String HEADER = "institutionCode,fullNameEn,fullNameAr,email,level,jobTitle";

    @Test
    void importsAUtf8FileWithBomCrlfArabicNamesAndQuotedCommas() {
        String institution = registeredInstitution();
        String tag = Long.toString(System.nanoTime());
        String csv = "\uFEFF" + HEADER + "\r\n"
                + institution + ",\"Al-Harthy, Salim\",سالم الحارثي,salim." + tag
                + "@gov.om,TOP_LEADERSHIP,Undersecretary\r\n"
                + institution + ",Mariam Al-Zadjali,\"مريم، الزدجالية\",mariam." + tag + "@gov.om,EXECUTIVE_TEAM,\r\n";

        importCsv(csv).expectStatus().isOk().expectBody().jsonPath("$.created").isEqualTo(2);

        get("/api/participants?institutionCode=" + institution)
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(2)
                .jsonPath("$.items[0].fullNameEn")
                .isEqualTo("Al-Harthy, Salim")
                .jsonPath("$.items[1].fullNameAr")
                .isEqualTo("مريم، الزدجالية")
                .jsonPath("$.items[1].jobTitle")
                .doesNotExist();
        var events = TopicReader.await(Topics.PARTICIPANTS, true, e -> institution.equals(e.key()), 2);
        assertThat(events)
                .extracting(e -> ((ParticipantRegistered) e.value()).getDisplayNameAr())
                .containsExactlyInAnyOrder("سالم الحارثي", "مريم، الزدجالية");
    }

    @Test
    void reportsEveryBadLineAndCreatesNoOne() {
        String institution = registeredInstitution();
        String tag = Long.toString(System.nanoTime());
        String csv = HEADER + "\n"
                + institution + ",Good One,واحد,good." + tag + "@gov.om,TOP_LEADERSHIP,\n"
                + institution + ",Bad Level,اثنان,level." + tag + "@gov.om,MINISTER,\n"
                + "NO-SUCH-INST,Unknown Institution,ثلاثة,inst." + tag + "@gov.om,SENIOR_MANAGEMENT,\n"
                + institution + ",Twice,أربعة,GOOD." + tag + "@gov.om,EXECUTIVE_TEAM,\n"
                + institution + ",,خمسة,not-an-email,EXECUTIVE_TEAM,\n";

        importCsv(csv)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith("application/problem+json")
                .expectBody()
                .jsonPath("$.errors[0].line")
                .isEqualTo(3)
                .jsonPath("$.errors[0].field")
                .isEqualTo("level")
                .jsonPath("$.errors[1].line")
                .isEqualTo(4)
                .jsonPath("$.errors[1].field")
                .isEqualTo("institutionCode")
                .jsonPath("$.errors[2].line")
                .isEqualTo(5)
                .jsonPath("$.errors[2].field")
                .isEqualTo("email")
                .jsonPath("$.errors[?(@.line == 6)].field")
                .value(fields -> assertThat(fields.toString()).contains("email").contains("fullNameEn"));

        get("/api/participants?institutionCode=" + institution)
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void rejectsAFileWithoutTheHeaderOrNotInUtf8() {
        importCsv("a,b,c\n")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].line")
                .isEqualTo(0);
        byte[] latin1 = (HEADER + "\nX,Zoë,ز,z@gov.om,TOP_LEADERSHIP,\n").getBytes(StandardCharsets.ISO_8859_1);
        http().post()
                .uri("/api/participants/import")
                .contentType(MediaType.parseMediaType("text/csv"))
                .body(latin1)
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void rejectsTheNulCharacterThatPostgresqlCannotStore() {
        String institution = registeredInstitution();
        importCsv(HEADER + "\n" + institution + ",Nul\u0000Name,اسم,nul." + System.nanoTime()
                        + "@gov.om,TOP_LEADERSHIP,\n")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].line")
                .isEqualTo(2)
                .jsonPath("$.errors[0].field")
                .isEqualTo("fullNameEn");
        post(
                        "/api/participants",
                        participant(institution, "n" + System.nanoTime() + "@gov.om", "TOP_LEADERSHIP")
                                .replace("Aisha", "Ai\\u0000sha"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("fullNameEn");
    }

    @Test
    void acceptsOnlyCsv() {
        post("/api/participants/import", "{}").expectStatus().isEqualTo(415);
    }

    @Test
    void importsThousandsOfLinesInOneRequest() {
        String institution = registeredInstitution();
        String tag = Long.toString(System.nanoTime(), 36);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        int lines = 3000;
        for (int i = 0; i < lines; i++) {
            csv.append(institution)
                    .append(",Leader ")
                    .append(i)
                    .append(",قائد ")
                    .append(i)
                    .append(",leader")
                    .append(i)
                    .append('.')
                    .append(tag)
                    .append("@gov.om,MIDDLE_MANAGEMENT,Director\n");
        }
        long started = System.nanoTime();
        importCsv(csv.toString())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.created")
                .isEqualTo(lines);
        System.out.printf("import of %d lines took %d ms%n", lines, (System.nanoTime() - started) / 1_000_000);
        get("/api/participants?institutionCode=" + institution)
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(lines);
    }

    private String registeredInstitution() {
        String code = code("IMP");
        post("/api/institutions", institution(code)).expectStatus().isCreated();
        return code;
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec importCsv(String csv) {
        return http().post()
                .uri("/api/participants/import")
                .contentType(MediaType.parseMediaType("text/csv; charset=utf-8"))
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .exchange();
    }
}
