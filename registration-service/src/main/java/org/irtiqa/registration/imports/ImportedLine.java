package org.irtiqa.registration.imports;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.irtiqa.registration.imports.ImportRejected.LineProblem;
import org.irtiqa.registration.participant.LeadershipLevel;
import org.irtiqa.registration.participant.RegisterParticipant;

/**
 * One CSV line as the same request the JSON endpoint takes, checked by the same rules, every
 * field of it at once: a bad level does not hide blank names.
 *
 * @param request the line as a request (null when it has the wrong number of fields)
 * @param invalid the columns already found invalid, which later checks (institution known,
 *     e-mail free) skip
 */
record ImportedLine(long number, RegisterParticipant request, Set<String> invalid, List<LineProblem> problems) {

    static final String LEVELS = "must be one of TOP_LEADERSHIP, SENIOR_MANAGEMENT, MIDDLE_MANAGEMENT, EXECUTIVE_TEAM";

    static ImportedLine check(CsvLines.Line line, Validator validator) {
        List<LineProblem> problems = new ArrayList<>();
        Set<String> invalid = new HashSet<>();
        if (line.values().size() != CsvLines.HEADER.size()) {
            problems.add(new LineProblem(
                    line.number(),
                    "line",
                    "has " + line.values().size() + " fields, expected " + CsvLines.HEADER.size() + " ("
                            + String.join(",", CsvLines.HEADER) + ")"));
            return new ImportedLine(line.number(), null, Set.copyOf(CsvLines.HEADER), problems);
        }
        for (String column : CsvLines.HEADER) {
            if (line.get(column).indexOf('\0') >= 0) {
                invalid.add(column); // PostgreSQL text cannot hold it
                problems.add(new LineProblem(line.number(), column, "must not contain the NUL character"));
            }
        }
        RegisterParticipant request = request(line, invalid);
        if (request.level() == null && !invalid.contains("level")) {
            invalid.add("level");
            problems.add(new LineProblem(line.number(), "level", LEVELS));
        }
        validator.validate(request).stream()
                .filter(v -> !invalid.contains(v.getPropertyPath().toString()))
                .forEach(v -> {
                    invalid.add(v.getPropertyPath().toString());
                    problems.add(
                            new LineProblem(line.number(), v.getPropertyPath().toString(), v.getMessage()));
                });
        return new ImportedLine(line.number(), request, Set.copyOf(invalid), problems);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** The line's values, trimmed; a value already found invalid is left out (null). */
    private static RegisterParticipant request(CsvLines.Line line, Set<String> invalid) {
        return new RegisterParticipant(
                text(line, "institutionCode", invalid),
                text(line, "fullNameEn", invalid),
                text(line, "fullNameAr", invalid),
                text(line, "email", invalid),
                level(text(line, "level", invalid)),
                blankToNull(text(line, "jobTitle", invalid)));
    }

    private static String text(CsvLines.Line line, String column, Set<String> invalid) {
        return invalid.contains(column) ? null : line.get(column).trim();
    }

    private static LeadershipLevel level(String value) {
        try {
            return value == null ? null : LeadershipLevel.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
