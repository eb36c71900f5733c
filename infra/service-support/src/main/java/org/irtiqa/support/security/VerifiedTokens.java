package org.irtiqa.support.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers the bearer tokens whose signature has already been checked, so that a client sending
 * the same token with every request (a dashboard, a loader) costs the parse and the RS256 check
 * once, not on every request. A remembered token is still validated on each use — {@code exp}/
 * {@code nbf}, issuer, audience, {@code typ} — so it is refused the moment it expires; a token
 * that fails is forgotten and decoded again by the verifying decoder, which refuses it with its
 * own error. Only tokens that passed are kept, at most {@value #SIZE}; when that many are held,
 * the expired ones go and, if none has expired, all of them (they are checked again on next use).
 */
final class VerifiedTokens implements JwtDecoder {

    static final int SIZE = 4096;

    private final JwtDecoder verifying;
    private final OAuth2TokenValidator<Jwt> validator;
    private final int limit;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder verifying, OAuth2TokenValidator<Jwt> validator) {
        this(verifying, validator, SIZE);
    }

    VerifiedTokens(JwtDecoder verifying, OAuth2TokenValidator<Jwt> validator, int limit) {
        this.verifying = verifying;
        this.validator = validator;
        this.limit = limit;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.get(token);
        if (known != null && !validator.validate(known).hasErrors()) {
            return known;
        }
        if (known != null) {
            verified.remove(token);
        }
        Jwt jwt = verifying.decode(token); // throws on a token that is not (or no longer) valid
        remember(token, jwt);
        return jwt;
    }

    private void remember(String token, Jwt jwt) {
        if (verified.size() >= limit) {
            verified.values().removeIf(held -> validator.validate(held).hasErrors());
            if (verified.size() >= limit) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
    }
}
