package org.irtiqa.registration.system;

/** Institution and cohort codes are chosen by the programme office in this shape (api.md). */
public final class Codes {

    public static final String PATTERN = "^[A-Z0-9][A-Z0-9_-]{1,31}$";
    public static final String MESSAGE =
            "must be 2–32 characters: capital letters, digits, '_' or '-', not starting with '_' or '-'";

    private Codes() {}
}
