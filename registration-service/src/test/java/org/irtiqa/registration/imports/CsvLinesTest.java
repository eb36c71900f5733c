package org.irtiqa.registration.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** The import's CSV reader: RFC 4180 records numbered by the line of the file they start on. */
class CsvLinesTest {

    private static final String HEADER = "institutionCode,fullNameEn,fullNameAr,email,level,jobTitle";

    @Test
    void numbersRecordsByTheLineTheyStartOnCountingBlankLinesAndLineBreaksInQuotes() {
        var lines = parse(HEADER + "\r\n"
                + "A,\"Al-Harthy, Salim\",سالم,s@gov.om,TOP_LEADERSHIP,\"Under-\r\nsecretary\"\r\n"
                + "\r\n"
                + "B,\"Say \"\"hi\"\"\",ب,b@gov.om,EXECUTIVE_TEAM,\n");

        assertThat(lines).extracting(CsvLines.Line::number).containsExactly(2L, 5L);
        assertThat(lines.get(0).values())
                .containsExactly("A", "Al-Harthy, Salim", "سالم", "s@gov.om", "TOP_LEADERSHIP", "Under-\r\nsecretary");
        assertThat(lines.get(1).get("fullNameEn")).isEqualTo("Say \"hi\"");
        assertThat(lines.get(1).get("jobTitle")).isEmpty();
    }

    @Test
    void readsAByteOrderMarkAndALastLineWithoutLineBreak() {
        var lines = parse("\uFEFF" + HEADER + "\nA,Name,اسم,a@gov.om,TOP_LEADERSHIP,Director");

        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().get("jobTitle")).isEqualTo("Director");
    }

    @Test
    void anUnclosedQuoteIsReportedOnTheLineWhereItOpens() {
        String csv = HEADER + "\n"
                + "A,Good,جيد,g@gov.om,TOP_LEADERSHIP,\n"
                + "A,\"Broken,كسر,b@gov.om,TOP_LEADERSHIP,\n"
                + "A,Later,لاحق,l@gov.om,TOP_LEADERSHIP,\n";

        var error = errorOf(csv);

        assertThat(error).containsEntry("line", 3L).containsEntry("field", "file");
        assertThat((String) error.get("message")).contains("begins on line 3").contains("never closed");
    }

    @Test
    void textAfterAClosingQuoteIsReportedOnItsLine() {
        var error = errorOf(HEADER + "\nA,\"Name\"x,اسم,a@gov.om,TOP_LEADERSHIP,\n");

        assertThat(error).containsEntry("line", 2L);
        assertThat((String) error.get("message")).contains("on line 2");
    }

    @Test
    void aFileWithoutTheHeaderIsReportedOnItsFirstLine() {
        assertThat(errorOf("a,b,c\n")).containsEntry("line", 1L);
        assertThat(errorOf("")).containsEntry("line", 1L);
    }

    @Test
    void bytesThatAreNotUtf8AreReportedOnTheirLine() {
        byte[] latin1 = (HEADER + "\nA,Name,اسم,a@gov.om,TOP_LEADERSHIP,\nA,Zoë,ز,z@gov.om,TOP_LEADERSHIP,\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] broken = new String(latin1, StandardCharsets.UTF_8)
                .replace("ز", "z")
                .replace("اسم", "asm")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(errorOf(broken)).containsEntry("line", 3L);
    }

    private static List<CsvLines.Line> parse(String csv) {
        return CsvLines.parse(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> errorOf(String csv) {
        return errorOf(csv.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> errorOf(byte[] csv) {
        var thrown =
                org.assertj.core.api.Assertions.catchThrowableOfType(ImportRejected.class, () -> CsvLines.parse(csv));
        assertThat(thrown).as("rejected").isNotNull();
        ProblemDetail problem = thrown.getBody();
        assertThat(problem.getDetail()).doesNotContain("Exception").doesNotContain("org.");
        List<Map<String, Object>> errors =
                (List<Map<String, Object>>) problem.getProperties().get("errors");
        assertThat(errors).hasSize(1);
        return errors.getFirst();
    }

    @Test
    void aQuoteOpenedOnTheLastLineIsRejectedAndAHeaderAloneIsAnEmptyImport() {
        assertThatThrownBy(() -> parse(HEADER + "\n\"unclosed")).isInstanceOf(ImportRejected.class);
        assertThat(parse(HEADER + "\n")).isEmpty();
    }
}
