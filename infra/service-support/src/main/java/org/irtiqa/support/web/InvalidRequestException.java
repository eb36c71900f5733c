package org.irtiqa.support.web;

import java.util.List;

/** Input that passed parsing but breaks a rule (e.g. endsAt before startsAt): 400 with errors. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidRequestException(List<FieldProblem> errors) {
        this("The request is invalid", errors);
    }

    public InvalidRequestException(String detail, List<FieldProblem> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    /** A single invalid field. */
    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
