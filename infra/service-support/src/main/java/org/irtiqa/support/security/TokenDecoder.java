package org.irtiqa.support.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The one way a service checks a bearer token: signature against the issuer's JWK set (found
 * through its discovery document, refetched when a token names an unknown key), then issuer,
 * {@code exp}/{@code nbf} with the configured skew, audience and {@code typ}. The provider is
 * looked up on the first token, not at start-up, so a service starts while the provider is down
 * (tokens are refused with 401 until it answers). A token once verified is not parsed and
 * verified again on every request ({@link VerifiedTokens}); its claims are still validated.
 */
final class TokenDecoder {

    private TokenDecoder() {}

    static JwtDecoder of(SecurityProperties properties) {
        String issuer = properties.requiredIssuerUri();
        OAuth2TokenValidator<Jwt> validator = validator(properties, issuer);
        JwtDecoder verifying = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer)
                    .validateType(false)
                    .build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
        return new VerifiedTokens(verifying, validator);
    }

    static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties, String issuer) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(List.of(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(issuer),
                new JwtAudienceValidator(properties.audience())));
        if (!properties.tokenType().isEmpty()) {
            // RFC 9068 allows the media type's short and full forms.
            validators.add(new JwtTypeValidator(properties.tokenType(), "application/" + properties.tokenType()));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }
}
