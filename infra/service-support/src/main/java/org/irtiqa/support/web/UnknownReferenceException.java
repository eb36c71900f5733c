package org.irtiqa.support.web;

/**
 * The body refers to something this service does not know (an institution, cohort, participant
 * or session): 422, with the field in {@code errors}.
 */
public class UnknownReferenceException extends RuntimeException {

    private final String field;

    public UnknownReferenceException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
