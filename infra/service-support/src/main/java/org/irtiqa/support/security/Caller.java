package org.irtiqa.support.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the token says: the stable subject id (recorded by the audit trail, never an
 * e-mail or a name), the roles that count, and for a coordinator the one institution they
 * coordinate ({@code institution} is null unless {@link Role#INSTITUTION_COORDINATOR} counts).
 */
public record Caller(String subject, Set<Role> roles, String institution) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isProgrammeAdmin() {
        return has(Role.PROGRAMME_ADMIN);
    }

    /** The institution this caller coordinates, if the coordinator role counts for them. */
    public Optional<String> coordinatedInstitution() {
        return has(Role.INSTITUTION_COORDINATOR) ? Optional.ofNullable(institution) : Optional.empty();
    }
}
