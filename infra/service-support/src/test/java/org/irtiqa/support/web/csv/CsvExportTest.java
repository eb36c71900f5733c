package org.irtiqa.support.web.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.support.testapp.CsvController;
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** api.md's CSV exports over real HTTP, from the test app's CsvController. */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"irtiqa.test.database=csv_test", "test.topic=test.csv.v1"})
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class CsvExportTest {

    static final String ROWS = "/api/csv/rows";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answersUtf8WithABomCrlfLinesAndAnAttachmentName() throws Exception {
        var response = get(ROWS, "text/csv", "admin");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .containsIgnoringCase("charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"rows.csv\"");
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = utf8(body);
        assertThat(text).endsWith("\r\n").doesNotContain("\r\r");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(Rfc4180.parse(text.substring(1))).hasSize(1 + 5);
    }

    @Test
    void theHeaderIsFixedWithAColumnForEveryDeclaredKey() throws Exception {
        List<String> header = table(get(ROWS, "text/csv", "admin")).getFirst();
        assertThat(header)
                .startsWith("code", "nameAr", "note", "score", "count", "active", "at")
                .contains(
                        "themeScores.EMERGING_TECHNOLOGIES", // null in every row
                        "levels.SENIOR_MANAGEMENT.enrolled", // absent from every row
                        "levels.TOP_LEADERSHIP.attendanceRate",
                        "flags.LOW_ATTENDANCE",
                        "flags.NO_BASELINE")
                .doesNotContain("themeScores.UNKNOWN", "levels.UNKNOWN.enrolled")
                .isEqualTo(CsvControllerColumns.headers());
        // one list, whatever the rows: the cohort's list of one row has the same header
        assertThat(table(get("/api/csv/cohorts/C1/rows", "text/csv", "admin")).getFirst())
                .isEqualTo(header);
    }

    /** Every cell, against the JSON of the same endpoint: CSV and JSON say the same. */
    @Test
    void everyCellSaysWhatTheJsonSays() throws Exception {
        List<List<String>> table = table(get(ROWS, "text/csv", "admin"));
        var jsonResponse = get(ROWS, "application/json", "admin");
        assertThat(jsonResponse.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/json");
        JsonNode items = json.readTree(utf8(jsonResponse.body())).get("items");
        List<String> header = table.getFirst();
        assertThat(table).hasSize(1 + items.size());
        for (int r = 0; r < items.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                String cell = table.get(r + 1).get(c);
                String column = header.get(c);
                JsonNode value = at(items.get(r), column);
                String where = "row " + r + ", " + column;
                if (column.startsWith("flags.")) {
                    JsonNode flags = items.get(r).get("flags");
                    String expected = flags == null || flags.isNull()
                            ? ""
                            : String.valueOf(
                                    json.convertValue(flags, List.class).contains(column.substring(6)));
                    assertThat(cell).as(where).isEqualTo(expected);
                } else if (value == null || value.isNull()) {
                    assertThat(cell).as(where).isEmpty();
                } else if (value.isNumber()) {
                    assertThat(cell).as(where).doesNotContain("E", "e");
                    assertThat(new BigDecimal(cell)).as(where).isEqualByComparingTo(value.decimalValue());
                } else if (value.isBoolean()) {
                    assertThat(cell).as(where).isEqualTo(String.valueOf(value.booleanValue()));
                } else {
                    String text = value.stringValue();
                    String guarded = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
                    assertThat(cell).as(where).isEqualTo(guarded);
                }
            }
        }
    }

    @Test
    void arabicTextRoundTripsUnchanged() throws Exception {
        Map<String, String> mtcit = row(table(get(ROWS, "text/csv", "admin")), "MTCIT");
        assertThat(mtcit.get("nameAr")).isEqualTo("وزارة النقل والاتصالات وتقنية المعلومات");
        Map<String, String> moh = row(table(get(ROWS, "text/csv", "admin")), "MOH");
        assertThat(moh.get("nameAr")).isEqualTo("قسم \"التخطيط\"، مسقط, عُمان");
    }

    @Test
    void numbersAreInTheirShortestExactFormWithADot() throws Exception {
        var table = table(get(ROWS, "text/csv", "admin"));
        Map<String, String> mtcit = row(table, "MTCIT");
        assertThat(mtcit.get("score")).isEqualTo("0.875");
        assertThat(mtcit.get("themeScores.RISK_MANAGEMENT")).isEqualTo("74.5");
        assertThat(mtcit.get("themeScores.DIGITAL_TRANSFORMATION")).isEqualTo("0.00001");
        assertThat(mtcit.get("count")).isEqualTo("100");
        assertThat(mtcit.get("levels.TOP_LEADERSHIP.attendanceRate")).isEqualTo("1");
        assertThat(mtcit.get("at")).isEqualTo("2026-12-01T05:00:00.500Z");
        assertThat(row(table, "MOH").get("score")).isEqualTo("100");
        assertThat(row(table, "FORMULAS").get("count")).isEqualTo("-7");
        assertThat(row(table, "TABS").get("score")).isEqualTo("1000000000000000000000");
    }

    @Test
    void nullsAndAbsentKeysAreEmptyCells() throws Exception {
        var table = table(get(ROWS, "text/csv", "admin"));
        Map<String, String> mtcit = row(table, "MTCIT");
        assertThat(mtcit.get("themeScores.EMERGING_TECHNOLOGIES")).isEmpty();
        assertThat(mtcit.get("levels.SENIOR_MANAGEMENT.enrolled")).isEmpty();
        assertThat(mtcit.get("levels.MIDDLE_MANAGEMENT.enrolled")).isEqualTo("0");
        assertThat(mtcit.get("levels.MIDDLE_MANAGEMENT.attendanceRate")).isEmpty();
        Map<String, String> nulls = row(table, "NULLS");
        nulls.forEach((column, cell) -> {
            if (!List.of("code", "note", "count").contains(column)) {
                assertThat(cell).as(column).isEmpty();
            }
        });
    }

    @Test
    void flagsAreOneTrueOrFalseColumnEach() throws Exception {
        var table = table(get(ROWS, "text/csv", "admin"));
        assertThat(row(table, "MTCIT"))
                .containsEntry("flags.LOW_ATTENDANCE", "true")
                .containsEntry("flags.NO_BASELINE", "false");
        assertThat(row(table, "MOH"))
                .containsEntry("flags.LOW_ATTENDANCE", "false")
                .containsEntry("flags.NO_BASELINE", "false");
        assertThat(row(table, "FORMULAS")).containsEntry("flags.NO_BASELINE", "true");
        assertThat(row(table, "MTCIT")).containsEntry("active", "true");
        assertThat(row(table, "MOH")).containsEntry("active", "false");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsPrefixed() throws Exception {
        var response = get(ROWS, "text/csv", "admin");
        var table = table(response);
        assertThat(row(table, "MTCIT").get("note")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(row(table, "NULLS").get("note")).isEqualTo("'-5");
        assertThat(row(table, "FORMULAS")).containsEntry("nameAr", "'@sum").containsEntry("note", "'+1");
        assertThat(row(table, "TABS")).containsEntry("nameAr", "'\tcell").containsEntry("note", "'\rcell");
        assertThat(utf8(response.body())).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",");
    }

    @Test
    void cellsAreQuotedAsRfc4180Says() throws Exception {
        String text = utf8(get(ROWS, "text/csv", "admin").body());
        assertThat(text)
                .contains("MOH,\"قسم \"\"التخطيط\"\"، مسقط, عُمان\",\"first line\r\nsecond line\",100,")
                .contains("\r\nMTCIT,وزارة النقل والاتصالات وتقنية المعلومات,");
    }

    @Test
    void theFormatParameterChoosesCsvOrJsonBeforeTheAcceptHeader() throws Exception {
        var csv = get(ROWS + "?format=csv", null, "admin");
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        var csvOverAccept = get(ROWS + "?cohortCode=C-1&format=csv", "application/json", "admin");
        assertThat(csvOverAccept.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("text/csv");
        var jsonOverAccept = get(ROWS + "?format=json", "text/csv", "admin");
        assertThat(jsonOverAccept.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/json");
        assertThat(jsonOverAccept.headers().firstValue("Content-Disposition")).isEmpty();
        var byDefault = get(ROWS, "*/*", "admin");
        assertThat(byDefault.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/json");
        var noProduces = get("/api/csv/cohorts/C1/rows?format=csv", null, "admin");
        assertThat(noProduces.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"cohort-C1-rows.csv\"");
    }

    @Test
    void theJsonIsTheItemsAlone() throws Exception {
        JsonNode body = json.readTree(
                utf8(get("/api/csv/cohorts/C1/rows", null, "admin").body()));
        assertThat(body.propertyNames()).containsExactly("items");
        assertThat(body.get("items").get(0).get("code").stringValue()).isEqualTo("MTCIT");
    }

    @Test
    void anAnswerSentAgainIsTheSameJsonAndCsvAndChangesWithItsInstance() throws Exception {
        var fresh = get(ROWS, null, "admin");
        var again = get("/api/csv/answered", null, "admin");
        var onceMore = get("/api/csv/answered", null, "admin");

        assertThat(again.body()).isEqualTo(fresh.body()).isEqualTo(onceMore.body());
        assertThat(fresh.body()) // what the application's JsonMapper makes of it, as before
                .isEqualTo(json.writeValueAsBytes(CsvItems.of(CsvController.ROWS, CsvColumns.of("code"), "rows")));
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(again.headers().firstValue("Content-Length")).hasValue(String.valueOf(again.body().length));
        assertThat(table(get("/api/csv/answered?format=csv", null, "admin")))
                .isEqualTo(table(get(ROWS + "?format=csv", null, "admin")));

        List<CsvController.Row> previous = CsvController.ANSWER.get();
        try {
            CsvController.ANSWER.set(List.copyOf(CsvController.ROWS.subList(0, 2))); // a new answer
            JsonNode changed =
                    json.readTree(utf8(get("/api/csv/answered", null, "admin").body()));
            assertThat(changed.get("items")).hasSize(2);
        } finally {
            CsvController.ANSWER.set(previous);
        }
    }

    @Test
    void onlyAnImmutableListCanBeAnsweredAgain() {
        assertThatThrownBy(() ->
                        CsvItems.answeredAgain(new ArrayList<>(CsvController.ROWS), CsvColumns.of("code"), "rows"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherFormatIsA400NamingFormat() throws Exception {
        var xml = problem(get(ROWS + "?format=xml", null, "admin"), 400);
        assertThat(errorFields(xml)).containsExactly("format");
        var xmlUnderCsv = problem(get(ROWS + "?format=xml", "text/csv", "admin"), 400);
        assertThat(errorFields(xmlUnderCsv)).containsExactly("format");
        // an endpoint without CSV has no format parameter at all
        var notOffered = problem(get("/api/samples?page=0&format=csv", null, "admin"), 400);
        assertThat(errorFields(notOffered)).containsExactly("format");
    }

    @Test
    void errorsOfACsvRequestAreProblemDetails() throws Exception {
        problem(get("/api/csv/cohorts/C9/rows", "text/csv", "admin"), 404);
        problem(get("/api/csv/cohorts/C9/rows?format=csv", null, "admin"), 404);
        problem(get("/api/csv/nowhere", "text/csv", "admin"), 404);
        problem(get("/api/scoped/csv/MTCIT", "text/csv", "viewer"), 403);
        problem(get("/api/scoped/csv/MTCIT?format=csv", null, "coordinator-MOH"), 403);
        problem(get("/api/samples?page=0", "text/csv", "admin"), 406);
        var ok = get("/api/scoped/csv/MOH?format=csv", null, "coordinator-MOH");
        assertThat(ok.statusCode()).isEqualTo(200);
    }

    private static JsonNode at(JsonNode item, String column) {
        JsonNode node = item;
        for (String segment : column.split("\\.")) {
            if (node == null || node.isNull()) {
                return null;
            }
            node = node.get(segment);
        }
        return node;
    }

    private static Map<String, String> row(List<List<String>> table, String code) {
        List<String> header = table.getFirst();
        for (List<String> row : table.subList(1, table.size())) {
            if (row.getFirst().equals(code)) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), row.get(i));
                }
                return cells;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static List<List<String>> table(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(utf8(response.body())).isEqualTo(200);
        String text = utf8(response.body());
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> table = Rfc4180.parse(text.substring(1));
        for (List<String> row : table) {
            assertThat(row).hasSameSizeAs(table.getFirst());
        }
        return table;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> errorFields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors"))
                .stream().map(e -> e.get("field")).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(HttpResponse<byte[]> response, int status) {
        String body = utf8(response.body());
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .as(body)
                .get()
                .asString()
                .startsWith("application/problem+json");
        Map<String, Object> problem = json.readValue(body, Map.class);
        assertThat(problem).containsKeys("type", "title", "status", "detail");
        assertThat(problem.get("status")).isEqualTo(status);
        return problem;
    }

    private HttpResponse<byte[]> get(String path, String accept, String account) throws Exception {
        var request = TestTokens.request(URI.create("http://localhost:" + port + path), account);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String utf8(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The header the test controller declares, written out by hand. */
    static final class CsvControllerColumns {
        static List<String> headers() {
            List<String> headers = new ArrayList<>(List.of("code", "nameAr", "note", "score", "count", "active", "at"));
            for (String theme : List.of(
                    "DIGITAL_TRANSFORMATION",
                    "EMERGING_TECHNOLOGIES",
                    "RISK_MANAGEMENT",
                    "INSTITUTIONAL_PERFORMANCE",
                    "WHOLE_OF_GOVERNMENT",
                    "BENEFICIARY_CENTRED_SERVICES",
                    "LIFE_EVENT_JOURNEYS",
                    "AI_IN_CHANGE_MANAGEMENT")) {
                headers.add("themeScores." + theme);
            }
            for (String level : List.of("TOP_LEADERSHIP", "SENIOR_MANAGEMENT", "MIDDLE_MANAGEMENT", "EXECUTIVE_TEAM")) {
                headers.add("levels." + level + ".enrolled");
                headers.add("levels." + level + ".attendanceRate");
            }
            headers.add("flags.LOW_ATTENDANCE");
            headers.add("flags.NO_BASELINE");
            return headers;
        }
    }
}
