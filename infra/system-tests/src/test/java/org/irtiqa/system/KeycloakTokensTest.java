package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.irtiqa.demo.Programme;
import org.irtiqa.localstack.KeycloakServer;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.localstack.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The services accept a real Keycloak's tokens configured as the README says (issuer
 * {@code /realms/irtiqa}, roles at {@code realm_access.roles}, the {@code institution} claim from a
 * user attribute, no {@code typ} check since Keycloak's access tokens say {@code JWT}): one
 * registration-service of its own, against Keycloak, its own database. That the roles really come
 * from {@code realm_access.roles} shows in the viewer's refused write and the coordinator's scope;
 * an ID token (audience: the client) is refused on its audience alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakTokensTest {

    private KeycloakServer keycloak;
    private ServiceProcess registration;
    private KeycloakSignIn signIn;

    @BeforeAll
    void startKeycloakAndOneServiceAgainstIt() {
        LocalStack stack = LocalStack.shared();
        Path logs = Path.of("target", "system-tests").toAbsolutePath();
        keycloak = new KeycloakServer(logs, 0);
        List<String> arguments = new ArrayList<>(
                ServiceProcess.connectedTo(stack.postgres(), "registration_keycloak", stack.kafka(), stack.registry()));
        arguments.addAll(List.of(
                "--irtiqa.security.issuer-uri=" + keycloak.issuerUri(),
                "--irtiqa.security.roles-claim=realm_access.roles",
                "--irtiqa.security.institution-claim=institution",
                "--irtiqa.security.token-type="));
        Path jar = Path.of(System.getProperty(
                "irtiqa.jar.registration-service", "../../registration-service/target/registration-service.jar"));
        registration = new ServiceProcess(
                "registration-keycloak", freePort(), jar.toAbsolutePath().normalize(), arguments, logs);
        // The service starts while Keycloak is down: it fetches the JWK set on the first token.
        registration.start();
        CompletableFuture<Void> healthy = CompletableFuture.runAsync(
                registration::awaitHealthy, task -> Thread.ofPlatform().start(task));
        long started = System.nanoTime();
        keycloak.start();
        System.out.printf(
                "KeycloakTokensTest: Keycloak ready in %d ms, %d kB resident%n",
                (System.nanoTime() - started) / 1_000_000, keycloak.residentKilobytes());
        healthy.join();
        signIn = new KeycloakSignIn(keycloak.tokenEndpoint(), KeycloakServer.CLIENT_ID, KeycloakServer.CLIENT_SECRET);
    }

    @AfterAll
    void stopBoth() {
        if (registration != null) {
            registration.stop();
        }
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Test
    void aViewersTokenReadsInstitutionsButNoPeopleAndWritesNothing() {
        Api viewer = as("kc-viewer");

        assertThat(viewer.get("/api/institutions").status()).isEqualTo(200);
        assertThat(viewer.get("/api/participants").status()).isEqualTo(403);
        assertThat(viewer.post("/api/institutions", institution("VIEWER-WRITE")).status())
                .isEqualTo(403);
    }

    @Test
    void anAdminsTokenRegistersAndACoordinatorsTokenReadsItsOwnInstitutionOnly() {
        recordInLedger();
        Api admin = as("kc-admin");
        assertThat(admin.post("/api/institutions", institution("MTCIT")).status())
                .isEqualTo(201);
        assertThat(admin.post("/api/institutions", institution("OTHER-KC")).status())
                .isEqualTo(201);
        assertThat(admin.post("/api/participants", leader("MTCIT")).status()).isEqualTo(201);
        assertThat(admin.post("/api/participants", leader("OTHER-KC")).status()).isEqualTo(201);

        Api coordinator = as("kc-coordinator");
        Api.Response own = coordinator.get("/api/participants?size=500");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().get("items").valueStream().map(p -> p.get("institutionCode")
                        .asText()))
                .isNotEmpty()
                .containsOnly("MTCIT");
        assertThat(coordinator.get("/api/participants?institutionCode=OTHER-KC").status())
                .isEqualTo(403);
        assertThat(coordinator
                        .post("/api/institutions", institution("COORD-WRITE"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anIdTokenAndNoTokenAreRefused() {
        Api idToken = new Api(registration.url(), () -> "Bearer " + signIn.idToken("kc-admin"));
        Api anonymous = new Api(registration.url(), null);

        assertThat(idToken.get("/api/institutions").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/institutions").status()).isEqualTo(401);
    }

    /** What the README's {@code IRTIQA_SECURITY_TOKEN_TYPE=} for Keycloak rests on. */
    @Test
    void keycloaksAccessTokensSayTypJwtNotAtJwt() {
        assertThat(KeycloakSignIn.header(signIn.accessToken("kc-viewer"))
                        .get("typ")
                        .asText())
                .isEqualTo("JWT");
    }

    /**
     * This service has its own database but the shared topics: analytics learns of both
     * institutions (no enrolments, so no figures move), and the tests that compare every
     * institution with the ledger must expect them. Recorded before the writes, so no comparison
     * can see them unaccounted for. The code MTCIT is fixed by the realm's coordinator attribute.
     */
    private static void recordInLedger() {
        Programme written = new Programme("keycloak");
        for (String code : List.of("MTCIT", "OTHER-KC")) {
            written.add(new Programme.Institution(code, "Keycloak institution", "جهة كيكلوك", "MUSCAT", "MINISTRY"));
        }
        Ledger.record(written);
    }

    private Api as(String user) {
        return new Api(registration.url(), () -> "Bearer " + signIn.accessToken(user));
    }

    private static Map<String, Object> institution(String code) {
        return Map.of(
                "code",
                code,
                "nameEn",
                "Keycloak institution",
                "nameAr",
                "جهة كيكلوك",
                "governorate",
                "MUSCAT",
                "sector",
                "MINISTRY");
    }

    private static Map<String, Object> leader(String institution) {
        String tag = Long.toString(System.nanoTime(), 36);
        return Map.of(
                "institutionCode",
                institution,
                "fullNameEn",
                "Keycloak Leader " + tag,
                "fullNameAr",
                "قائد كيكلوك " + tag,
                "email",
                institution.toLowerCase() + "-" + tag + "@keycloak.example.om",
                "level",
                "EXECUTIVE_TEAM",
                "jobTitle",
                "Director");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
