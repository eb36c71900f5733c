package org.irtiqa.registration.participant;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns one CSV line into the same request the JSON endpoint takes, checked by the same rules. */
final class ImportedLine {

    private ImportedLine() {}

    static List<ImportRejected.LineProblem> problems(CsvLines.Line line, Validator validator) {
        List<ImportRejected.LineProblem> problems = new ArrayList<>();
        if (line.values().size() != CsvLines.HEADER.size()) {
            problems.add(new ImportRejected.LineProblem(
                    line.number(),
                    "line",
                    "has " + line.values().size() + " fields, expected " + CsvLines.HEADER.size()));
            return problems;
        }
        for (String column : CsvLines.HEADER) {
            if (line.get(column).indexOf('\0') >= 0) {
                problems.add(
                        new ImportRejected.LineProblem(line.number(), column, "must not contain the NUL character"));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        LeadershipLevel level = level(line.get("level"));
        if (level == null) {
            problems.add(new ImportRejected.LineProblem(
                    line.number(),
                    "level",
                    "must be one of TOP_LEADERSHIP, SENIOR_MANAGEMENT, MIDDLE_MANAGEMENT, EXECUTIVE_TEAM"));
        }
        validator.validate(request(line)).stream()
                .filter(v -> !(level == null && v.getPropertyPath().toString().equals("level")))
                .map(v -> new ImportRejected.LineProblem(
                        line.number(), v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(ImportRejected.LineProblem::field))
                .forEach(problems::add);
        return problems;
    }

    static RegisterParticipant request(CsvLines.Line line) {
        return new RegisterParticipant(
                line.get("institutionCode").trim(),
                line.get("fullNameEn").trim(),
                line.get("fullNameAr").trim(),
                line.get("email").trim(),
                level(line.get("level")),
                blankToNull(line.get("jobTitle")));
    }

    private static LeadershipLevel level(String value) {
        try {
            return LeadershipLevel.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
