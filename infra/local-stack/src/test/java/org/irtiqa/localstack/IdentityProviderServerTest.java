package org.irtiqa.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local provider as the stack runs it, and as ./irtiqa run restarts it (with its key file). */
class IdentityProviderServerTest {

    private static final LocalStack STACK = LocalStack.shared();

    @Test
    void theStacksProviderIssuesTokensForAdminAndACoordinator() throws Exception {
        String issuer = STACK.identityProvider().issuerUri();
        AccessTokens tokens = AccessTokens.of(issuer);

        String admin = tokens.token("admin");
        assertThat(Jwts.header(admin)).contains("\"typ\":\"at+jwt\"");
        assertThat(Jwts.payload(admin))
                .contains("\"iss\":\"" + issuer + "\"")
                .contains("\"sub\":\"admin\"")
                .contains("\"roles\":[\"PROGRAMME_ADMIN\"]");
        assertThat(Jwts.signedBy(admin, Jwts.jwks(issuer))).isTrue();
        assertThat(tokens.token("admin")).as("reused while it is valid").isEqualTo(admin);

        String coordinator = tokens.token("coordinator-MTCIT");
        assertThat(Jwts.payload(coordinator))
                .contains("\"sub\":\"coordinator-MTCIT\"")
                .contains("\"roles\":[\"INSTITUTION_COORDINATOR\"]")
                .contains("\"institution\":\"MTCIT\"");
    }

    @Test
    void refusesAnAccountItDoesNotKnowWithAClearMessage() {
        AccessTokens tokens = AccessTokens.of(STACK.identityProvider().issuerUri());

        assertThatThrownBy(() -> tokens.token("nobody"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("knows no demo account 'nobody'");
        assertThatThrownBy(() -> AccessTokens.of("http://127.0.0.1:1").token("admin"))
                .hasMessageContaining("No identity provider answers at http://127.0.0.1:1");
    }

    @Test
    void survivesKillAndRestartWithTheSameKeyWhenGivenAKeyFile(@TempDir Path dir) throws Exception {
        IdentityProviderServer provider = new IdentityProviderServer(
                dir.resolve("logs"), 0, dir.resolve("identity/signing-key.jwk.json"), List.of());
        try {
            provider.start();
            String before = AccessTokens.of(provider.issuerUri()).fresh("viewer");
            String keysBefore = Jwts.jwks(provider.issuerUri());

            long killed = System.nanoTime();
            provider.kill();
            provider.restart();
            System.out.printf(
                    "local-stack: identity provider killed and back in %d ms%n",
                    (System.nanoTime() - killed) / 1_000_000);

            String keysAfter = Jwts.jwks(provider.issuerUri());
            assertThat(Jwts.member(keysAfter, "kid")).isEqualTo(Jwts.member(keysBefore, "kid"));
            assertThat(Jwts.member(keysAfter, "n")).isEqualTo(Jwts.member(keysBefore, "n"));
            assertThat(Jwts.signedBy(before, keysAfter))
                    .as("a token from before still verifies")
                    .isTrue();
            String after = AccessTokens.of(provider.issuerUri()).fresh("viewer");
            assertThat(Jwts.signedBy(after, keysBefore)).isTrue();
        } finally {
            provider.stop();
        }
    }
}
