package org.irtiqa.support.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irtiqa.support.web.FieldProblem;
import org.irtiqa.support.web.InvalidRequestException;

/**
 * The filters of {@code GET /api/admin/audit}: {@code from} (inclusive) and {@code to} (exclusive)
 * as ISO-8601 instants with an offset, one {@code sub}, and the page. Read from the raw
 * parameters, so that every bad value — and any parameter the endpoint does not know — is one 400
 * naming them all (api.md: a filter is never silently ignored).
 */
record AuditQuery(Instant from, Instant to, String sub, int page, int size) {

    static final int MAX_SIZE = 500;
    private static final Set<String> KNOWN = Set.of("from", "to", "sub", "page", "size");

    static AuditQuery of(Map<String, String[]> parameters) {
        List<FieldProblem> problems = new ArrayList<>();
        parameters.keySet().stream()
                .filter(name -> !KNOWN.contains(name))
                .sorted()
                .forEach(name -> problems.add(new FieldProblem(name, "is not a parameter of this endpoint")));
        Instant from = instant(parameters, "from", problems);
        Instant to = instant(parameters, "to", problems);
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add(new FieldProblem("to", "must be after from"));
        }
        String sub = single(parameters, "sub", problems);
        if (sub != null && (sub.isEmpty() || sub.length() > 255)) {
            problems.add(new FieldProblem("sub", "must be 1 to 255 characters"));
        }
        int page = number(parameters, "page", 0, 0, Integer.MAX_VALUE, problems);
        int size = number(parameters, "size", 50, 1, MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("The request has invalid parameters", problems);
        }
        return new AuditQuery(from, to, sub, page, size);
    }

    long offset() {
        return (long) page * size;
    }

    private static String single(Map<String, String[]> parameters, String name, List<FieldProblem> problems) {
        String[] values = parameters.get(name);
        if (values == null) {
            return null;
        }
        if (values.length > 1) {
            problems.add(new FieldProblem(name, "must be given once"));
            return null;
        }
        return values[0];
    }

    private static Instant instant(Map<String, String[]> parameters, String name, List<FieldProblem> problems) {
        String value = single(parameters, name, problems);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "must be an ISO-8601 instant with an offset"));
            return null;
        }
    }

    private static int number(
            Map<String, String[]> parameters,
            String name,
            int fallback,
            int min,
            int max,
            List<FieldProblem> problems) {
        String value = single(parameters, name, problems);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        problems.add(new FieldProblem(
                name, max == Integer.MAX_VALUE ? "must be 0 or more" : "must be between " + min + " and " + max));
        return fallback;
    }
}
