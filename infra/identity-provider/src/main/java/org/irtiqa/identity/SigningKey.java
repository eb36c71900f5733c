package org.irtiqa.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

/**
 * The RSA key that signs every token (RS256). Without a file, a new one at each start: tokens die
 * with the process. With {@code irtiqa.identity.key-file}, the key is kept there as a JWK (JSON,
 * private parts included, readable by the owner only) and reused, so that in {@code ./irtiqa run}
 * the tokens a developer holds outlive a provider restart. The key id is the key's RFC 7638
 * thumbprint, the same after every restart.
 */
final class SigningKey {

    private SigningKey() {}

    static RSAKey load(Path file) {
        try {
            if (file == null) {
                return generate();
            }
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file));
            }
            RSAKey key = generate();
            write(file, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the signing key in " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("Not an RSA JWK: " + file + " (delete it for a new key)", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate an RSA key", e);
        }
    }

    /** Written aside and moved into place, so a crash never leaves half a key. */
    private static void write(Path file, RSAKey key) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, file.getFileName().toString(), ".partial");
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own protection has to do
        }
        Files.writeString(partial, key.toJSONString());
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
