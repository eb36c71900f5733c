package org.irtiqa.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Surefire sets org.apache.avro.SERIALIZABLE_PACKAGES, services may not: Avro reads it once at
 * class loading, so the only honest check is a JVM started without it.
 */
class UntrustedJvmTest {

    @Test
    void deserializesEventClassesWithoutTheSerializablePackagesProperty() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), TrustProbe.class.getName())
                .redirectErrorStream(true)
                .start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("probe finished").isTrue();
        assertThat(process.exitValue())
                .as("probe exit code; output:%n%s", output)
                .isZero();
    }
}
