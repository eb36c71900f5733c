package org.irtiqa.support.web;

import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns what Jackson could not read into a 400 a client can act on: malformed JSON, or the path of
 * the field that had the wrong type, an unknown enum value, an instant without offset, or null
 * for a number. Jackson's own messages stay out of the response (they name our Java classes).
 */
final class JsonProblems {

    private JsonProblems() {}

    /** Null when the cause is not a JSON reading problem. */
    static List<FieldProblem> fieldErrors(Throwable cause) {
        if (cause instanceof InputCoercionException tooBig && !tooBig.getPath().isEmpty()) {
            return List.of(new FieldProblem(path(tooBig), "is out of range"));
        }
        if (!(cause instanceof MismatchedInputException mismatch)
                || mismatch.getPath().isEmpty()) {
            return null;
        }
        return List.of(new FieldProblem(path(mismatch), message(mismatch)));
    }

    /** What is wrong with a value Jackson could not read, in plain words. */
    static String messageOf(JacksonException e) {
        if (e instanceof InputCoercionException) {
            return "is out of range";
        }
        return e instanceof MismatchedInputException mismatch ? message(mismatch) : "has an invalid value";
    }

    static boolean isMalformed(Throwable cause) {
        return cause instanceof StreamReadException && !(cause instanceof InputCoercionException);
    }

    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String message(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (e instanceof InvalidNullException
                || (target != null && target.isPrimitive())
                        && e.getMessage() != null
                        && e.getMessage().contains("null")) {
            return "must not be null";
        }
        if (target == null) {
            return "has the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.toString(target.getEnumConstants());
        }
        String name = target.getSimpleName();
        return switch (name) {
            case "Instant", "OffsetDateTime", "ZonedDateTime" ->
                "must be an ISO-8601 date-time with offset, e.g. 2026-12-01T09:00:00+04:00";
            case "LocalDate" -> "must be a date, YYYY-MM-DD";
            case "UUID" -> "must be a UUID";
            case "int", "Integer", "long", "Long", "short", "Short" -> "must be an integer";
            case "double", "Double", "float", "Float", "BigDecimal" -> "must be a number";
            case "boolean", "Boolean" -> "must be true or false";
            case "String" -> "must be a string";
            default -> e instanceof InvalidFormatException ? "has an invalid value" : "has the wrong type";
        };
    }
}
