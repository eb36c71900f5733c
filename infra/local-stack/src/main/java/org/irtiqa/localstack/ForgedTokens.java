package org.irtiqa.localstack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * For tests of the services' sign-in: well-formed RS256 access tokens with every claim a real one
 * has (programme admin and operator roles, audience {@code irtiqa}, {@code typ} at+jwt) that the
 * platform's provider never signed — the key is made here — as an attacker or a misconfigured
 * client would send them. Plain JDK, so any test module can use it.
 */
public final class ForgedTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair key;

    public ForgedTokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            key = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token claiming to come from {@code issuer}, signed with a key that issuer never had. */
    public String admin(String issuer) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"" + UUID.randomUUID() + "\"}";
        String claims = ("{\"iss\":\"%s\",\"sub\":\"intruder\",\"aud\":[\"irtiqa\"],\"iat\":%d,\"nbf\":%d,"
                        + "\"exp\":%d,\"jti\":\"%s\",\"roles\":[\"PROGRAMME_ADMIN\",\"OPERATOR\"]}")
                .formatted(issuer, now, now, now + 600, UUID.randomUUID());
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
