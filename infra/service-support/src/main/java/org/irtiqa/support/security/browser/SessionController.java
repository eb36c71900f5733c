package org.irtiqa.support.security.browser;

import java.util.List;
import org.irtiqa.support.security.Caller;
import org.irtiqa.support.security.InstitutionScope;
import org.irtiqa.support.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/session}: who the page is signed in as, so it can show the account and what
 * its roles may read — the subject, the roles that count and a coordinator's institution, as the
 * access token says; never the token itself, nor a name or an e-mail. Without a session (or a
 * token) it is the usual 401, which tells the page to offer the sign-in.
 */
@RestController
class SessionController {

    /** The signed-in caller as the page sees it; {@code institution} is null but for a coordinator. */
    record SignedIn(String subject, List<String> roles, String institution) {}

    private final InstitutionScope scope;

    SessionController(InstitutionScope scope) {
        this.scope = scope;
    }

    @GetMapping("/api/session")
    SignedIn session() {
        Caller caller = scope.caller();
        List<String> roles = caller.roles().stream().map(Role::name).sorted().toList();
        return new SignedIn(
                caller.subject(), roles, caller.coordinatedInstitution().orElse(null));
    }
}
