package org.irtiqa.support.web;

/**
 * The request conflicts with current state: 409, with a problem type per kind of conflict,
 * {@code https://irtiqa.org/problems/<typeSlug>} (e.g. {@code cohort-full}, {@code already-enrolled}).
 */
public class ConflictException extends RuntimeException {

    private final String typeSlug;
    private final String title;

    public ConflictException(String typeSlug, String detail) {
        this(typeSlug, null, detail);
    }

    /** @param title the problem's title when "Conflict" says too little (null: "Conflict") */
    public ConflictException(String typeSlug, String title, String detail) {
        super(detail);
        this.title = title;
        if (typeSlug == null || !typeSlug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("problem type slug must be kebab-case: " + typeSlug);
        }
        this.typeSlug = typeSlug;
    }

    public String typeSlug() {
        return typeSlug;
    }

    public String title() {
        return title;
    }
}
