package org.irtiqa.support.security;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads a verified token's {@link Caller}: the roles from the configured claim path (unknown values
 * ignored) and, for {@link Role#INSTITUTION_COORDINATOR}, the institution claim — which must be
 * exactly one string matching the institution code pattern, or the role counts for nothing
 * (logged once per token, by its {@code jti}, never the token itself).
 */
final class TokenClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Logger log = LoggerFactory.getLogger(TokenClaims.class);
    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_-]{1,31}$");
    private static final int REMEMBERED_TOKENS = 1_000;

    private final String[] rolesPath;
    private final String[] institutionPath;
    private final Set<String> reported = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_TOKENS;
        }
    });

    TokenClaims(SecurityProperties properties) {
        this.rolesPath = properties.rolesClaim().split("\\.");
        this.institutionPath = properties.institutionClaim().split("\\.");
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        return new CallerAuthentication(token, caller(token));
    }

    Caller caller(Jwt token) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim(token, rolesPath) instanceof Collection<?> values) {
            values.forEach(value -> Role.named(value).ifPresent(roles::add));
        }
        String institution = null;
        if (roles.contains(Role.INSTITUTION_COORDINATOR)) {
            Optional<String> code = institutionCode(claim(token, institutionPath));
            if (code.isPresent()) {
                institution = code.get();
            } else {
                roles.remove(Role.INSTITUTION_COORDINATOR);
                reportOnce(token);
            }
        }
        return new Caller(token.getSubject(), roles, institution);
    }

    private static Optional<String> institutionCode(Object claim) {
        return claim instanceof String code && CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    private static Object claim(Jwt token, String[] path) {
        Object value = token.getClaims();
        for (String step : path) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(step);
        }
        return value;
    }

    private void reportOnce(Jwt token) {
        String id = token.getId() != null ? token.getId() : token.getSubject() + "@" + token.getIssuedAt();
        boolean first;
        synchronized (reported) {
            first = reported.add(id);
        }
        if (first) {
            log.warn(
                    "Token {} of subject {} has the coordinator role without exactly one valid institution code in"
                            + " claim '{}': the role is ignored",
                    token.getId(),
                    token.getSubject(),
                    String.join(".", institutionPath));
        }
    }
}
