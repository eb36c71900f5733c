package org.irtiqa.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Tokens remembered after their signature was checked: the check is not repeated, but the claims
 * are, so a remembered token is refused once it expires; a refused token is never remembered.
 * Real RS256 tokens and Spring's own decoder; only the clock is the test's.
 */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final int LIMIT = 8;

    private final RSAKey key = rsaKey();
    private final MovableClock clock = new MovableClock(NOW);
    private final AtomicInteger verifications = new AtomicInteger();
    private final VerifiedTokens tokens = tokens();

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() {
        String token = token(NOW.plus(Duration.ofMinutes(10)), "irtiqa");

        Jwt first = tokens.decode(token);
        Jwt again = tokens.decode(token);

        assertThat(again).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        String token = token(NOW.plus(Duration.ofMinutes(10)), "irtiqa");
        tokens.decode(token);

        clock.set(NOW.plus(Duration.ofMinutes(12))); // past exp and the 60 s skew

        assertThatThrownBy(() -> tokens.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(verifications).hasValue(2); // the verifying decoder gave the refusal
    }

    @Test
    void aRefusedTokenIsNotRemembered() {
        String otherAudience = token(NOW.plus(Duration.ofMinutes(10)), "another");

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode(otherAudience)).isInstanceOf(JwtValidationException.class);
        }
        assertThat(verifications).hasValue(2);
    }

    @Test
    void atTheLimitTheExpiredGoFirstAndTheValidAreVerifiedAgainAtWorst() {
        String kept = token(NOW.plus(Duration.ofHours(1)), "irtiqa");
        tokens.decode(kept);
        for (int i = 1; i < LIMIT; i++) {
            tokens.decode(token(NOW.plus(Duration.ofMinutes(5)), "irtiqa"));
        }
        clock.set(NOW.plus(Duration.ofMinutes(10))); // all but `kept` expired
        tokens.decode(token(NOW.plus(Duration.ofHours(1)), "irtiqa")); // full: the expired are let go
        int before = verifications.get();

        tokens.decode(kept);

        assertThat(verifications).hasValue(before); // still remembered
    }

    private VerifiedTokens tokens() {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(60));
        timestamps.setClock(clock);
        OAuth2TokenValidator<Jwt> validator =
                new DelegatingOAuth2TokenValidator<>(List.of(timestamps, new JwtAudienceValidator("irtiqa")));
        NimbusJwtDecoder nimbus;
        try {
            nimbus = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey())
                    .validateType(false)
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        nimbus.setJwtValidator(validator);
        JwtDecoder counted = token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
        return new VerifiedTokens(counted, validator, LIMIT);
    }

    private String token(Instant expires, String audience) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .type(new JOSEObjectType("at+jwt"))
                            .keyID(key.getKeyID())
                            .build(),
                    new JWTClaimsSet.Builder()
                            .issuer("http://127.0.0.1:8090")
                            .subject("viewer")
                            .audience(audience)
                            .issueTime(Date.from(NOW))
                            .notBeforeTime(Date.from(NOW))
                            .expirationTime(Date.from(expires))
                            .jwtID(java.util.UUID.randomUUID().toString())
                            .build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one clock the timestamp validator reads. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
