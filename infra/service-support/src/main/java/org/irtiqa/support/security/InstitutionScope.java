package org.irtiqa.support.security;

import java.util.Optional;
import org.irtiqa.support.web.ForbiddenException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Institution scope, checked in this one place (security.md): a programme admin sees every
 * institution; a coordinator sees their own only — naming another institution's code in a path or
 * a filter is a 403, a resource of another institution asked for by id is reported as missing (the
 * caller's {@link #canSee} is false, and the service answers 404), and a list without a filter is
 * their own institution's.
 */
public final class InstitutionScope {

    /** The caller of the current request; only authenticated requests reach a controller. */
    public Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CallerAuthentication known) {
            return known.caller();
        }
        throw new IllegalStateException("No signed-in caller on this request");
    }

    /**
     * The institution filter a list runs with: the one asked for (none: every institution) for a
     * programme admin; for a coordinator their own, and a 403 if another one was asked for.
     */
    public Optional<String> listFilter(String requested) {
        Caller caller = caller();
        if (caller.isProgrammeAdmin()) {
            return Optional.ofNullable(requested);
        }
        String own = ownInstitution(caller);
        if (requested != null && !requested.equals(own)) {
            throw notYours();
        }
        return Optional.of(own);
    }

    /** A 403 unless the caller may read institution {@code code}'s own data (named in a path). */
    public void requireInstitution(String code) {
        if (!canSee(code)) {
            throw notYours();
        }
    }

    /** Whether the caller may see a resource of institution {@code code} (else: answer 404). */
    public boolean canSee(String code) {
        Caller caller = caller();
        return caller.isProgrammeAdmin()
                || caller.coordinatedInstitution().map(own -> own.equals(code)).orElse(false);
    }

    private static String ownInstitution(Caller caller) {
        return caller.coordinatedInstitution()
                .orElseThrow(() -> new ForbiddenException("Your role does not allow this request"));
    }

    private static ForbiddenException notYours() {
        return new ForbiddenException("You coordinate another institution: only its own data can be read");
    }
}
