package org.irtiqa.scheduling.system;

/**
 * An assessment names a session it cannot belong to (unknown, not held, of another cohort or
 * theme, or held after the assessment): 422 with the problem type {@code invalid-session} and the
 * field {@code sessionId} in {@code errors}. Service-support's UnknownReferenceException has one
 * fixed type ({@code unknown-reference}), hence this one of scheduling's own.
 */
public class InvalidSessionException extends RuntimeException {

    public InvalidSessionException(String detail) {
        super(detail);
    }
}
