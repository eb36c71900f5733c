package org.irtiqa.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Keycloak, the provider many governments run, as its own process with the realm {@value #REALM}
 * imported at every start (keycloak-realm-irtiqa.json: the four roles, an audience mapper adding
 * {@code irtiqa}, the user attribute {@code institution} mapped into access tokens, LOCAL-ONLY
 * users), so that a test shows the services accept its tokens as configured in the README. Each
 * start gets its own Keycloak home (its {@code data/}; the code is linked from the one built
 * {@link KeycloakDistribution}), in memory, so runs and concurrent JVMs share no state. Production
 * mode on plain HTTP, the issuer pinned to 127.0.0.1 and the port.
 */
public final class KeycloakServer {

    public static final String REALM = "irtiqa";
    /** A confidential client with the password grant (direct access grants) for tests. */
    public static final String CLIENT_ID = "irtiqa-tests";

    public static final String CLIENT_SECRET = "local-only-irtiqa-tests";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Path logDirectory;
    private final int port;
    private final Runnable shutdown = this::stop;
    private ChildProcess process;
    private Path runHome;

    /** Port 0 means "a free one, chosen now". */
    public KeycloakServer(Path logDirectory, int port) {
        this.logDirectory = logDirectory.toAbsolutePath();
        this.port = Ports.orFree(port);
    }

    /** The password of a user of the realm ({@code kc-viewer}, {@code kc-coordinator}, {@code kc-admin}). */
    public static String password(String user) {
        return "local-only-" + user;
    }

    /** Builds Keycloak on first use, launches it and waits until the realm's discovery document answers. */
    public synchronized KeycloakServer start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        Path installation = KeycloakDistribution.home();
        runHome = homeFor(installation);
        Path home = runHome;
        Shutdown.register(Shutdown.Phase.FILES, () -> TempFiles.deleteQuietly(home));
        List<String> arguments = List.of(
                "start",
                "--optimized",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname=http://127.0.0.1:" + port,
                // Production mode would form a JGroups cluster (ports on every interface) otherwise.
                "--cache=local",
                "--import-realm");
        // -Xmx: kc.sh's default; C1 only: on two busy cores, C2's compiler threads cost more than they win.
        List<String> jvm = List.of("-Xms64m", "-Xmx512m", "-XX:TieredStopAtLevel=1");
        process = new ChildProcess(
                "Keycloak",
                KeycloakDistribution.command(runHome, installation, jvm, arguments),
                logDirectory.resolve("keycloak.log"),
                runHome);
        Shutdown.register(Shutdown.Phase.IDENTITY, shutdown);
        process.start();
        process.awaitReady(START_TIMEOUT, this::ready);
        return this;
    }

    /** The realm's issuer, exactly as its tokens carry it in {@code iss}. */
    public String issuerUri() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    public int port() {
        return port;
    }

    /** The resident memory of the server process in kB (Linux), or -1 when it is not running. */
    public long residentKilobytes() {
        ChildProcess p = process;
        if (p == null || !p.isAlive()) {
            return -1;
        }
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    /** SIGTERM; SIGKILL after 20 s. The realm, in memory, is gone with it. */
    public synchronized void stop() {
        Shutdown.unregister(Shutdown.Phase.IDENTITY, shutdown);
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
        if (runHome != null) {
            TempFiles.deleteQuietly(runHome);
        }
    }

    /**
     * A home of its own: the realm file in {@code data/import}, every other entry a link into the
     * built installation (Keycloak writes only under {@code data/}).
     */
    private static Path homeFor(Path installation) {
        try {
            Path home = Files.createTempDirectory("irtiqa-keycloak-run-");
            for (String entry : List.of("lib", "conf", "providers", "themes", "version.txt")) {
                if (Files.exists(installation.resolve(entry))) {
                    Files.createSymbolicLink(home.resolve(entry), installation.resolve(entry));
                }
            }
            Path realm = Files.createDirectories(home.resolve("data").resolve("import"))
                    .resolve(REALM + "-realm.json");
            try (InputStream in = KeycloakServer.class.getResourceAsStream("keycloak-realm-irtiqa.json")) {
                Files.copy(in, realm);
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare a Keycloak home", e);
        }
    }

    private boolean ready() {
        return HttpProbe.answers200(issuerUri() + "/.well-known/openid-configuration");
    }
}
