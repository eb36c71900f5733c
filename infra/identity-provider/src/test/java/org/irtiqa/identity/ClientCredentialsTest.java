package org.irtiqa.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Every demo account gets its token through a real client-credentials grant, with its claims. */
class ClientCredentialsTest extends RunningProvider {

    @Test
    void adminGetsASignedAccessTokenWithTheClaimsTheServicesExpect() throws Exception {
        String token = accessToken(clientCredentials("admin", "local-only-admin"));

        Jwt jwt = verify(token);
        assertThat(jwt.getHeaders()).containsEntry("typ", "at+jwt").containsEntry("alg", "RS256");
        assertThat(jwt.getIssuer()).hasToString(ISSUER);
        assertThat(jwt.getSubject()).isEqualTo("admin");
        assertThat(jwt.getAudience()).containsExactly("irtiqa");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("PROGRAMME_ADMIN");
        assertThat(jwt.hasClaim("institution")).isFalse();
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly("irtiqa");
        assertThat(jwt.getId()).isNotBlank();
        assertThat(jwt.getNotBefore()).isEqualTo(jwt.getIssuedAt());
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aCoordinatorOfAnyWellFormedInstitutionIsMadeOnFirstUse() throws Exception {
        Jwt jwt = verify(accessToken(clientCredentials("coordinator-XYZ", "local-only-coordinator-XYZ")));

        assertThat(jwt.getSubject()).isEqualTo("coordinator-XYZ");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("INSTITUTION_COORDINATOR");
        assertThat(jwt.getClaimAsString("institution")).isEqualTo("XYZ");
    }

    @Test
    void refusesAWrongSecretAndAMalformedInstitutionCode() throws Exception {
        assertThat(clientCredentials("admin", "local-only-viewer").statusCode()).isEqualTo(401);
        assertThat(clientCredentials("coordinator-bad code", "local-only-coordinator-bad code")
                        .statusCode())
                .isEqualTo(401);
        assertThat(clientCredentials("coordinator-mtcit", "local-only-coordinator-mtcit")
                        .statusCode())
                .isEqualTo(401);
        assertThat(clientCredentials("nobody", "local-only-nobody").statusCode())
                .isEqualTo(401);
    }

    @Test
    void demoLoaderIsAProgrammeAdmin() throws Exception {
        Jwt jwt = verify(accessToken(clientCredentials("demo-loader", "local-only-demo-loader")));

        assertThat(jwt.getSubject()).isEqualTo("demo-loader");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("PROGRAMME_ADMIN");
    }

    @Test
    void expiredViewerGetsATokenThatExpiredFiveMinutesAgo() throws Exception {
        String token = accessToken(clientCredentials("expired-viewer", "local-only-expired-viewer"));

        assertThatThrownBy(() -> verify(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        Jwt unchecked = unverifiedTimes(token);
        Instant now = Instant.now();
        assertThat(unchecked.getExpiresAt()).isBetween(now.minusSeconds(330), now.minusSeconds(270));
        assertThat(unchecked.getIssuedAt()).isBetween(now.minusSeconds(630), now.minusSeconds(570));
        assertThat(unchecked.getNotBefore()).isEqualTo(unchecked.getIssuedAt());
        assertThat(unchecked.getClaimAsStringList("roles")).containsExactly("VIEWER");
    }

    @Test
    void otherAudienceAndBadClaimTokensAreWrongInExactlyOneWay() throws Exception {
        Jwt other = verify(accessToken(clientCredentials("other-audience", "local-only-other-audience")));
        assertThat(other.getAudience()).containsExactly("other-service");
        assertThat(other.getClaimAsStringList("roles")).containsExactly("VIEWER");

        Jwt bad = verify(accessToken(clientCredentials("coordinator-bad-claim", "local-only-coordinator-bad-claim")));
        assertThat(bad.getClaimAsStringList("roles")).containsExactly("INSTITUTION_COORDINATOR");
        assertThat(bad.getClaims().get("institution")).asList().containsExactly("MTCIT");
    }

    @Test
    void announcesItselfAsAnOpenIdProviderAtTheExactIssuer() throws Exception {
        var discovery = json(HTTP.send(
                        HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());

        assertThat(discovery.get("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.get("end_session_endpoint").asString()).isEqualTo(ISSUER + "/connect/logout");
    }

    /** The signature still checked, the times not. */
    private static Jwt unverifiedTimes(String token) {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(ISSUER + "/oauth2/jwks").build();
        decoder.setJwtValidator(new JwtTypeValidator("at+jwt"));
        return decoder.decode(token);
    }
}
