package org.irtiqa.support.web;

import java.util.List;
import java.util.UUID;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A path or query value that does not convert. A path id that is not a UUID names no resource
 * that could exist, so it is a 404 (api.md), not a 400; any other mismatch is a 400 naming the
 * parameter.
 */
final class TypeMismatches {

    private TypeMismatches() {}

    static ProblemDetail problem(TypeMismatchException ex) {
        if (ex instanceof MethodArgumentTypeMismatchException arg
                && arg.getParameter().hasParameterAnnotation(PathVariable.class)) {
            if (UUID.class.equals(arg.getRequiredType())) {
                return Problems.of(
                        HttpStatus.NOT_FOUND, "not-found", "No resource with id '" + safe(arg.getValue()) + "'");
            }
            return Problems.of(HttpStatus.NOT_FOUND, "not-found", "No such resource");
        }
        String name = ex instanceof MethodArgumentTypeMismatchException arg ? arg.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String message = type == null
                ? "has the wrong type"
                : type.isEnum()
                        ? "must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                        : "must be a valid " + type.getSimpleName();
        return Problems.invalid(
                "A parameter has an invalid value",
                List.of(new FieldProblem(name == null ? "parameter" : name, message)));
    }

    /** The client's own value, echoed only when short and plain. */
    private static String safe(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 64 && text.matches("[A-Za-z0-9._~-]*") ? text : "?";
    }
}
