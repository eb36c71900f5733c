package org.irtiqa.support.security;

import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** A verified bearer token and the {@link Caller} read from its claims. */
final class CallerAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private final Caller caller;

    CallerAuthentication(Jwt token, Caller caller) {
        super(
                token,
                caller,
                token,
                caller.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList());
        this.caller = caller;
        setAuthenticated(true);
    }

    Caller caller() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.subject();
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }
}
