package org.irtiqa.localstack;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading and checking the provider's JWTs with the JDK alone, as local-stack has no JSON library. */
final class Jwts {

    private Jwts() {}

    static String header(String jwt) {
        return decode(jwt.split("\\.")[0]);
    }

    static String payload(String jwt) {
        return decode(jwt.split("\\.")[1]);
    }

    /** The provider's JSON Web Key Set, as text. */
    static String jwks(String issuer) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                            HttpRequest.newBuilder(URI.create(issuer + "/oauth2/jwks"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }

    static String member(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!value.find()) {
            throw new AssertionError("no \"" + name + "\" in " + json);
        }
        return value.group(1);
    }

    /** Whether the RS256 signature of {@code jwt} checks out against the (single) key of {@code jwks}. */
    static boolean signedBy(String jwt, String jwks) throws Exception {
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(number(member(jwks, "n")), number(member(jwks, "e"))));
        int lastDot = jwt.lastIndexOf('.');
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update(jwt.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(jwt.substring(lastDot + 1)));
    }

    private static BigInteger number(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
