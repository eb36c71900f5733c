package org.irtiqa.registration.participant;

import java.util.List;
import java.util.Map;
import org.irtiqa.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 400 for an import: every bad line with its number, field and what is wrong. Nothing was created. */
final class ImportRejected extends ErrorResponseException {

    /** One problem of one line; line 0 is the file as a whole. */
    record LineProblem(long line, String field, String message) {}

    private ImportRejected(String detail, List<LineProblem> problems) {
        super(HttpStatus.BAD_REQUEST, problem(detail, problems), null);
    }

    static ImportRejected file(String message) {
        return new ImportRejected(
                "The import file cannot be read: " + message + ".", List.of(new LineProblem(0, "file", message)));
    }

    static ImportRejected lines(List<LineProblem> problems) {
        long lines = problems.stream().map(LineProblem::line).distinct().count();
        return new ImportRejected(lines + " line(s) of the import are invalid; no participant was created.", problems);
    }

    private static ProblemDetail problem(String detail, List<LineProblem> problems) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-import", detail);
        problem.setProperty(
                "errors",
                problems.stream()
                        .map(p -> Map.of("line", p.line(), "field", p.field(), "message", p.message()))
                        .toList());
        return problem;
    }
}
