package org.irtiqa.support.web;

/**
 * The request conflicts with current state: 409, with a problem type per kind of conflict,
 * {@code https://irtiqa.org/problems/<typeSlug>} (e.g. {@code cohort-full}, {@code already-enrolled}).
 */
public class ConflictException extends RuntimeException {

    private final String typeSlug;

    public ConflictException(String typeSlug, String detail) {
        super(detail);
        if (typeSlug == null || !typeSlug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("problem type slug must be kebab-case: " + typeSlug);
        }
        this.typeSlug = typeSlug;
    }

    public String typeSlug() {
        return typeSlug;
    }
}
