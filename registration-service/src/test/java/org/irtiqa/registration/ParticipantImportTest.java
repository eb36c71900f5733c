package org.irtiqa.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.irtiqa.events.registration.ParticipantEnrolled;
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
    void reportsSixDifferentProblemsOfFourLinesInOneAnswer() {
        String institution = registeredInstitution();
        String tag = Long.toString(System.nanoTime());
        String registered = "registered." + tag + "@gov.om";
        post("/api/participants", participant(institution, registered, "TOP_LEADERSHIP"))
                .expectStatus()
                .isCreated();
        String csv = HEADER + "\n"
                + institution + ",Good,جيد,good." + tag + "@gov.om,TOP_LEADERSHIP,\n"
                + institution + ",,فارغ,blank." + tag + "@gov.om,MINISTER,\n"
                + "NO-SUCH-INST,Unknown,مجهول," + registered.toUpperCase() + ",EXECUTIVE_TEAM,\n"
                + institution + ",Twice,مرتين,GOOD." + tag + "@gov.om,EXECUTIVE_TEAM,\n"
                + institution + ",Fine,حسن,fine." + tag + "@gov.om,SENIOR_MANAGEMENT,\n"
                + institution + ",Long,طويل,long." + tag + "@gov.om,SENIOR_MANAGEMENT," + "x".repeat(201) + "\n";

        importCsv(csv)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(6)
                .jsonPath("$.errors[0]")
                .isEqualTo(java.util.Map.of("line", 3, "field", "fullNameEn", "message", "must not be blank"))
                .jsonPath("$.errors[1].line")
                .isEqualTo(3)
                .jsonPath("$.errors[1].field")
                .isEqualTo("level")
                .jsonPath("$.errors[2].line")
                .isEqualTo(4)
                .jsonPath("$.errors[2].field")
                .isEqualTo("institutionCode")
                .jsonPath("$.errors[3].line")
                .isEqualTo(4)
                .jsonPath("$.errors[3].message")
                .isEqualTo("already registered")
                .jsonPath("$.errors[4].line")
                .isEqualTo(5)
                .jsonPath("$.errors[4].message")
                .isEqualTo("also on line 2 of this file")
                .jsonPath("$.errors[5].line")
                .isEqualTo(7)
                .jsonPath("$.errors[5].field")
                .isEqualTo("jobTitle");

        get("/api/participants?institutionCode=" + institution)
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1);
    }

    @Test
    void importsAndEnrolsEveryoneInTheCohortInOneTransaction() {
        String institution = registeredInstitution();
        String cohort = createdCohort(3);
        String tag = Long.toString(System.nanoTime());
        String csv = HEADER + "\n"
                + institution + ",First,أول,first." + tag + "@gov.om,TOP_LEADERSHIP,\n"
                + "\n"
                + institution + ",Second,ثان,second." + tag + "@gov.om,EXECUTIVE_TEAM,\n";

        var result = importCsv(csv, cohort)
                .expectStatus()
                .isOk()
                .expectBody(ImportJson.class)
                .returnResult()
                .getResponseBody();

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.participants()).extracting(ImportJson.Row::line).containsExactly(2L, 4L);
        assertThat(result.participants().get(1).email()).isEqualTo("second." + tag + "@gov.om");
        assertThat(result.enrolments()).extracting(ImportJson.Row::line).containsExactly(2L, 4L);
        get("/api/enrolments/" + result.enrolments().get(1).id())
                .expectBody()
                .jsonPath("$.participantId")
                .isEqualTo(result.participants().get(1).id())
                .jsonPath("$.cohortCode")
                .isEqualTo(cohort)
                .jsonPath("$.level")
                .isEqualTo("EXECUTIVE_TEAM");
        get("/api/cohorts/" + cohort)
                .expectBody()
                .jsonPath("$.activeEnrolments")
                .isEqualTo(2);
        var enrolled = TopicReader.await(Topics.ENROLMENTS, true, e -> institution.equals(e.key()), 2);
        assertThat(enrolled)
                .extracting(
                        e -> ((ParticipantEnrolled) e.value()).getEnrolmentId().toString())
                .containsExactlyInAnyOrder(
                        result.enrolments().get(0).id(),
                        result.enrolments().get(1).id());
        importCsv(HEADER + "\n", null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.enrolments.length()")
                .isEqualTo(0);
    }

    @Test
    void reportsTheLinesThatFindNoSeatAnUnknownCohortAndAnEndedOneAndCreatesNoOne() {
        String institution = registeredInstitution();
        String cohort = createdCohort(2);
        String tag = Long.toString(System.nanoTime());
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 4; i++) {
            csv.append(institution)
                    .append(",Leader ")
                    .append(i)
                    .append(",قائد,l")
                    .append(i)
                    .append('.')
                    .append(tag)
                    .append("@gov.om,MIDDLE_MANAGEMENT,\n");
        }

        importCsv(csv.toString(), cohort)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(2)
                .jsonPath("$.errors[0].line")
                .isEqualTo(4)
                .jsonPath("$.errors[1].line")
                .isEqualTo(5)
                .jsonPath("$.errors[1].field")
                .isEqualTo("cohortCode");
        importCsv(csv.toString(), "NO-SUCH-" + tag)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(1)
                .jsonPath("$.errors[0].field")
                .isEqualTo("cohortCode")
                .jsonPath("$.errors[0].line")
                .doesNotExist();

        String ended = code("OLD");
        post(
                        "/api/cohorts",
                        cohort(ended, 5).replace("2026-12-01", "2025-01-01").replace("2027-03-31", "2025-06-30"))
                .expectStatus()
                .isCreated();
        importCsv(csv.toString(), ended)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(1)
                .jsonPath("$.errors[0].field")
                .isEqualTo("cohortCode")
                .jsonPath("$.errors[0].message")
                .value(message -> assertThat((String) message).contains("ended on 2025-06-30"));
        get("/api/cohorts/" + ended).expectBody().jsonPath("$.activeEnrolments").isEqualTo(0);

        get("/api/participants?institutionCode=" + institution)
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
        get("/api/cohorts/" + cohort)
                .expectBody()
                .jsonPath("$.activeEnrolments")
                .isEqualTo(0);
    }

    @Test
    void aBrokenQuoteIsReportedOnTheLineWhereItStartsInPlainWords() {
        String institution = registeredInstitution();
        String csv = HEADER + "\n"
                + institution + ",Good,جيد,g" + System.nanoTime() + "@gov.om,TOP_LEADERSHIP,\n"
                + institution + ",\"Al-Harthy, Salim,سالم,s" + System.nanoTime() + "@gov.om,TOP_LEADERSHIP,\n"
                + institution + ",Later,لاحق,l" + System.nanoTime() + "@gov.om,TOP_LEADERSHIP,\n";

        importCsv(csv)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].line")
                .isEqualTo(3)
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail)
                        .contains("line 3")
                        .doesNotContainIgnoringCase("exception")
                        .doesNotContain("org.")
                        .doesNotContain("csv."));
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
                .isEqualTo(1);
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

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec importCsv(String csv) {
        return importCsv(csv, null);
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec importCsv(
            String csv, String cohortCode) {
        return http().post()
                .uri("/api/participants/import" + (cohortCode == null ? "" : "?cohortCode=" + cohortCode))
                .contentType(MediaType.parseMediaType("text/csv; charset=utf-8"))
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .exchange();
    }

    record ImportJson(int created, List<Row> participants, List<Row> enrolments) {
        record Row(long line, String id, String email) {}
    }
}
