package org.irtiqa.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The local OpenID Connect provider (infra/identity-provider, LOCAL USE ONLY: its demo accounts'
 * passwords are in the source) as its own process, so that services and tests see real signed
 * tokens from a real grant, and a test can kill it. The port is fixed at construction and the
 * issuer names it, so {@link #restart()} comes back where the services look; with a key file the
 * signing key survives a restart too, and so do the tokens already handed out.
 */
public final class IdentityProviderServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path logDirectory;
    private final int port;
    private final Path keyFile;
    private final List<String> dashboardRedirectUris;
    private final Runnable shutdown = this::stop;
    private ChildProcess process;

    /**
     * Port 0 means "a free one, chosen now"; {@code keyFile} null means a new key at every start;
     * empty {@code dashboardRedirectUris} keep the provider's default (analytics on 8083; any port
     * of 127.0.0.1 matches, as RFC 8252 allows for loopback redirects). Sign-out may return to
     * the origin of each redirect URI.
     */
    public IdentityProviderServer(Path logDirectory, int port, Path keyFile, List<String> dashboardRedirectUris) {
        this.logDirectory = logDirectory.toAbsolutePath();
        this.port = Ports.orFree(port);
        this.keyFile = keyFile == null ? null : keyFile.toAbsolutePath();
        this.dashboardRedirectUris = List.copyOf(dashboardRedirectUris);
    }

    /** Launches the provider and waits until its discovery document answers 200. */
    public synchronized IdentityProviderServer start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        String classpath = ProviderClasspath.get();
        List<String> command = new ArrayList<>(List.of(ChildProcess.java()));
        command.addAll(ClassDataSharing.flags("identity-provider", classpath));
        // Measured (its README): ~165 MB resident with the serial collector and C1 only, ~190 MB without.
        command.addAll(List.of("-Xmx160m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of(
                "-cp",
                classpath,
                ProviderClasspath.MAIN_CLASS,
                "--server.port=" + port,
                "--irtiqa.identity.issuer=" + issuerUri()));
        if (keyFile != null) {
            command.add("--irtiqa.identity.key-file=" + keyFile);
        }
        if (!dashboardRedirectUris.isEmpty()) {
            command.add("--irtiqa.identity.dashboard-redirect-uris=" + String.join(",", dashboardRedirectUris));
            command.add("--irtiqa.identity.dashboard-post-logout-uris=" + String.join(",", origins()));
        }
        process = new ChildProcess(
                "identity provider", command, logDirectory.resolve("identity-provider.log"), logDirectory);
        Shutdown.register(Shutdown.Phase.IDENTITY, shutdown);
        process.start();
        process.awaitReady(START_TIMEOUT, this::ready);
        return this;
    }

    /** The issuer URI, exactly as tokens carry it in {@code iss}: no trailing slash. */
    public String issuerUri() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** SIGTERM; SIGKILL after 20 s. */
    /** The server's process while it runs (LocalPlatform's supervisor watches it). */
    synchronized ChildProcess process() {
        return process;
    }

    public synchronized void stop() {
        Shutdown.unregister(Shutdown.Phase.IDENTITY, shutdown);
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    /** SIGKILL, like {@code kill -9}. Without a key file, tokens issued so far no longer verify. */
    public synchronized void kill() {
        Shutdown.unregister(Shutdown.Phase.IDENTITY, shutdown);
        if (process != null) {
            process.kill();
        }
    }

    /** Stops the provider if it runs, then starts it again on the same port (and key file). */
    public synchronized IdentityProviderServer restart() {
        stop();
        return start();
    }

    private Set<String> origins() {
        Set<String> origins = new LinkedHashSet<>();
        for (String uri : dashboardRedirectUris) {
            URI parsed = URI.create(uri);
            origins.add(parsed.getScheme() + "://" + parsed.getRawAuthority() + "/");
        }
        return origins;
    }

    private boolean ready() {
        return HttpProbe.answers200(issuerUri() + "/.well-known/openid-configuration");
    }
}
