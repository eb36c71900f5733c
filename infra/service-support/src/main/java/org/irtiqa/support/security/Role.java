package org.irtiqa.support.security;

import java.util.Optional;

/** The roles of security.md; a token may carry several, and what it may do is their union. */
public enum Role {
    PROGRAMME_ADMIN,
    INSTITUTION_COORDINATOR,
    VIEWER,
    OPERATOR;

    /** The Spring Security authority of this role ({@code ROLE_} + name). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role a claim value names, or empty for a value this platform does not know (ignored). */
    static Optional<Role> named(Object value) {
        if (value instanceof String name) {
            for (Role role : values()) {
                if (role.name().equals(name)) {
                    return Optional.of(role);
                }
            }
        }
        return Optional.empty();
    }
}
