package org.irtiqa.support.testapp;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.Theme;
import org.irtiqa.support.security.InstitutionScope;
import org.irtiqa.support.web.NotFoundException;
import org.irtiqa.support.web.csv.CsvColumns;
import org.irtiqa.support.web.csv.CsvItems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists that also answer CSV, with rows that try every cell rule of api.md. */
@RestController
public class CsvController {

    enum Flag {
        LOW_ATTENDANCE,
        NO_BASELINE
    }

    record Level(long enrolled, Double attendanceRate) {}

    public record Row(
            String code,
            String nameAr,
            String note,
            Double score,
            long count,
            Boolean active,
            Instant at,
            Map<String, Double> themeScores,
            Map<String, Level> levels,
            List<String> flags) {}

    static final CsvColumns COLUMNS = CsvColumns.of("code", "nameAr", "note", "score", "count", "active", "at")
            .each("themeScores", CsvColumns.namesOf(Theme.class, Theme.UNKNOWN))
            .each(
                    "levels",
                    CsvColumns.namesOf(LeadershipLevel.class, LeadershipLevel.UNKNOWN),
                    "enrolled",
                    "attendanceRate")
            .flags("flags", Flag.class);

    public static final List<Row> ROWS = rows();

    private final InstitutionScope scope;

    CsvController(InstitutionScope scope) {
        this.scope = scope;
    }

    @GetMapping(
            path = "/api/csv/rows",
            produces = {MediaType.APPLICATION_JSON_VALUE, CsvItems.TEXT_CSV_VALUE})
    CsvItems<Row> rows(@RequestParam(required = false) String cohortCode) {
        return CsvItems.of(ROWS, COLUMNS, "rows");
    }

    /** The answer {@code /api/csv/answered} sends again while it is the same instance. */
    public static final AtomicReference<List<Row>> ANSWER = new AtomicReference<>(ROWS);

    @GetMapping(
            path = "/api/csv/answered",
            produces = {MediaType.APPLICATION_JSON_VALUE, CsvItems.TEXT_CSV_VALUE})
    CsvItems<Row> answered() {
        return CsvItems.answeredAgain(ANSWER.get(), COLUMNS, "answered");
    }

    /** No {@code produces}, and a {@code ResponseEntity}: CSV all the same. */
    @GetMapping("/api/csv/cohorts/{code}/rows")
    ResponseEntity<CsvItems<Row>> ofCohort(@PathVariable String code) {
        if (!code.equals("C1")) {
            throw new NotFoundException("No cohort " + code);
        }
        return ResponseEntity.ok(CsvItems.of(ROWS.subList(0, 1), COLUMNS, "cohort-" + code + "-rows"));
    }

    @GetMapping(
            path = "/api/scoped/csv/{code}",
            produces = {MediaType.APPLICATION_JSON_VALUE, CsvItems.TEXT_CSV_VALUE})
    CsvItems<Row> ofInstitution(@PathVariable String code) {
        scope.requireInstitution(code);
        return CsvItems.of(ROWS, COLUMNS, "institution-rows");
    }

    private static List<Row> rows() {
        Map<String, Level> levels = new HashMap<>();
        levels.put("TOP_LEADERSHIP", new Level(3, 1.0));
        levels.put("MIDDLE_MANAGEMENT", new Level(0, null));
        Map<String, Double> scores = new HashMap<>();
        scores.put("RISK_MANAGEMENT", 74.5);
        scores.put("DIGITAL_TRANSFORMATION", 1.0E-5);
        scores.put("EMERGING_TECHNOLOGIES", null);
        return List.of(
                new Row(
                        "MTCIT",
                        "وزارة النقل والاتصالات وتقنية المعلومات",
                        "=HYPERLINK(\"http://x\")",
                        0.875,
                        100,
                        true,
                        Instant.parse("2026-12-01T05:00:00.5Z"),
                        scores,
                        levels,
                        List.of("LOW_ATTENDANCE")),
                new Row(
                        "MOH",
                        "قسم \"التخطيط\"، مسقط, عُمان",
                        "first line\r\nsecond line",
                        100.0,
                        0,
                        false,
                        null,
                        Map.of("RISK_MANAGEMENT", 100.0),
                        Map.of(),
                        List.of()),
                new Row("NULLS", null, "-5", null, 1, null, null, null, null, null),
                new Row("FORMULAS", "@sum", "+1", 12.25, -7, true, null, Map.of(), Map.of(), List.of("NO_BASELINE")),
                new Row("TABS", "\tcell", "\rcell", 1.0E21, 2, false, null, Map.of(), Map.of(), List.of()));
    }
}
