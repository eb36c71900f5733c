package org.irtiqa.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** Roles and institution from configurable claim paths, and malformed claims counting for nothing. */
class TokenClaimsTest {

    private static final SecurityProperties DEFAULTS =
            new SecurityProperties("http://issuer", null, null, null, null, null);

    @Test
    void readsRolesAndTheInstitutionOfACoordinator() {
        Caller caller = new TokenClaims(DEFAULTS)
                .caller(token(Map.of("roles", List.of("INSTITUTION_COORDINATOR", "VIEWER"), "institution", "MTCIT")));

        assertThat(caller.subject()).isEqualTo("someone");
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.INSTITUTION_COORDINATOR, Role.VIEWER);
        assertThat(caller.coordinatedInstitution()).contains("MTCIT");
    }

    @Test
    void followsNestedClaimPathsAsKeycloakHasThem() {
        var keycloak = new SecurityProperties(
                "http://issuer", "irtiqa", "realm_access.roles", "attributes.institution", "", null);
        Caller caller = new TokenClaims(keycloak)
                .caller(token(Map.of(
                        "realm_access", Map.of("roles", List.of("default-roles-irtiqa", "INSTITUTION_COORDINATOR")),
                        "attributes", Map.of("institution", "MOH"))));

        assertThat(caller.roles()).containsExactly(Role.INSTITUTION_COORDINATOR);
        assertThat(caller.coordinatedInstitution()).contains("MOH");
    }

    @Test
    void ignoresUnknownRolesAndClaimsOfTheWrongShape() {
        var claims = new TokenClaims(DEFAULTS);

        assertThat(claims.caller(token(Map.of("roles", List.of("SUPERUSER", "admin"))))
                        .roles())
                .isEmpty();
        assertThat(claims.caller(token(Map.of("roles", "PROGRAMME_ADMIN"))).roles())
                .as("a string, not an array")
                .isEmpty();
    }

    @Test
    void aCoordinatorRoleWithoutExactlyOneValidInstitutionCountsForNothing() {
        var claims = new TokenClaims(DEFAULTS);
        List<Object> malformed = List.of(List.of("MTCIT"), "", "mtcit", "A", "MTCIT;DROP", 42);
        for (Object institution : malformed) {
            Caller caller = claims.caller(
                    token(Map.of("roles", List.of("INSTITUTION_COORDINATOR", "VIEWER"), "institution", institution)));
            assertThat(caller.roles()).as("institution %s", institution).containsExactly(Role.VIEWER);
            assertThat(caller.coordinatedInstitution()).isEmpty();
        }
        assertThat(claims.caller(token(Map.of("roles", List.of("INSTITUTION_COORDINATOR"))))
                        .roles())
                .as("no institution claim")
                .isEmpty();
    }

    @Test
    void refusesAClockSkewOverSixtySeconds() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new SecurityProperties("http://issuer", null, null, null, null, Duration.ofSeconds(61)))
                .hasMessageContaining("clock-skew");
    }

    private static Jwt token(Map<String, Object> claims) {
        Instant now = Instant.now();
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("someone")
                .jti("jti-" + System.nanoTime())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
