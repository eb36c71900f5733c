package org.irtiqa.registration;

import org.irtiqa.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** /actuator/info tells an operator what runs: the build's version and time, its git commit, the Java. */
class ActuatorInfoTest extends RegistrationTest {

    @Test
    void tellsAnOperatorTheVersionCommitBuildTimeAndJava() {
        as(Tokens.OPERATOR)
                .get()
                .uri("/actuator/info")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.build.version")
                .isEqualTo("0.1.0-SNAPSHOT")
                .jsonPath("$.build.time")
                .isNotEmpty()
                .jsonPath("$.git.commit.id")
                .isNotEmpty()
                .jsonPath("$.java.version")
                .isEqualTo(System.getProperty("java.version"));
    }

    @Test
    void isForOperatorsOnly() {
        anonymous().get().uri("/actuator/info").exchange().expectStatus().isUnauthorized();
        as(Tokens.VIEWER).get().uri("/actuator/info").exchange().expectStatus().isForbidden();
    }
}
