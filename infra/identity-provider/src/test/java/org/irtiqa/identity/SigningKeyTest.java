package org.irtiqa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @Test
    void keepsTheKeyInItsFileAndReusesItOnTheNextStart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("identity/signing-key.jwk.json");

        RSAKey first = SigningKey.load(file);
        RSAKey again = SigningKey.load(file);

        assertThat(again.getKeyID())
                .isEqualTo(first.getKeyID())
                .isEqualTo(first.computeThumbprint().toString());
        assertThat(again.getModulus()).isEqualTo(first.getModulus());
        assertThat(again.isPrivate()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void makesANewKeyAtEveryStartWithoutAFile() {
        assertThat(SigningKey.load(null).getModulus())
                .isNotEqualTo(SigningKey.load(null).getModulus());
    }
}
