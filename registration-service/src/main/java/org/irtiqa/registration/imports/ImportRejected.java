package org.irtiqa.registration.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irtiqa.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 400 for an import: every problem of every line with its number, field and what is wrong, in
 * one answer. Nothing was created.
 */
final class ImportRejected extends ErrorResponseException {

    /**
     * One problem: of a line of the file (the header is line 1), or, with no line, of the request
     * itself (its {@code cohortCode}).
     */
    record LineProblem(Long line, String field, String message) {

        static LineProblem ofRequest(String field, String message) {
            return new LineProblem(null, field, message);
        }
    }

    private ImportRejected(String detail, List<LineProblem> problems) {
        super(HttpStatus.BAD_REQUEST, problem(detail, problems), null);
    }

    /** The file cannot be read from {@code line} on. */
    static ImportRejected file(long line, String message) {
        return new ImportRejected(
                "The import file cannot be read: " + message + ". No participant was created.",
                List.of(new LineProblem(line, "file", message)));
    }

    static ImportRejected lines(List<LineProblem> problems) {
        long lines = problems.stream()
                .map(LineProblem::line)
                .filter(line -> line != null)
                .distinct()
                .count();
        String detail = lines == 0
                ? "The import cannot be done; no participant was created."
                : lines + " line(s) of the import are invalid; no participant was created.";
        return new ImportRejected(detail, problems);
    }

    private static ProblemDetail problem(String detail, List<LineProblem> problems) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-import", detail);
        problem.setProperty(
                "errors", problems.stream().map(ImportRejected::entry).toList());
        return problem;
    }

    private static Map<String, Object> entry(LineProblem problem) {
        Map<String, Object> entry = new LinkedHashMap<>();
        if (problem.line() != null) {
            entry.put("line", problem.line());
        }
        entry.put("field", problem.field());
        entry.put("message", problem.message());
        return entry;
    }
}
