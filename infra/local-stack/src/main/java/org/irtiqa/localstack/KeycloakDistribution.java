package org.irtiqa.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak's server, unpacked and built once per machine from the zip Maven resolved into the
 * local repository. Keycloak is a Quarkus application that "augments" itself for its build-time
 * options before it can start (41 s of CPU, measured here); done at the first start, that would be
 * paid on every fresh copy and would rewrite {@code lib/} under a running server. So it is done
 * here, once, with {@link #BUILD_OPTIONS}, before the tree is renamed into place: starts then run
 * {@code start --optimized} and pay only the boot. As for Apicurio, concurrent JVMs each unpack
 * into their own directory and rename it atomically; the directory's name carries the options, so
 * other options get another build rather than a server built for the wrong ones.
 */
final class KeycloakDistribution {

    /** In memory: every start imports the realm afresh, and no run leaves state for the next. */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-mem");

    private static final String BUILT_MARKER = "irtiqa-built";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

    private KeycloakDistribution() {}

    /** The directory holding {@code lib/quarkus-run.jar}, built with {@link #BUILD_OPTIONS}. */
    static synchronized Path home() {
        Properties build = buildProperties();
        String version = build.getProperty("version");
        CRC32 options = new CRC32();
        options.update(String.join(" ", BUILD_OPTIONS).getBytes(StandardCharsets.UTF_8));
        Path home = Path.of(
                System.getProperty("java.io.tmpdir"),
                "irtiqa-keycloak-" + version + "-" + HexFormat.of().toHexDigits((int) options.getValue()));
        if (Files.exists(home.resolve(BUILT_MARKER))) {
            return home;
        }
        Path archive = archive(build, version);
        try {
            Path unpacking = Files.createTempDirectory(home.getParent(), home.getFileName() + ".unpacking-");
            unzip(archive, unpacking);
            Path log = unpacking.resolveSibling(unpacking.getFileName() + ".log");
            List<String> command = new ArrayList<>(List.of("build"));
            command.addAll(BUILD_OPTIONS);
            ChildProcess augment = new ChildProcess(
                    "Keycloak build", command(unpacking, unpacking, List.of(), command), log, unpacking);
            augment.start();
            augment.awaitSuccess(BUILD_TIMEOUT);
            Files.deleteIfExists(log);
            Files.writeString(unpacking.resolve(BUILT_MARKER), String.join(" ", BUILD_OPTIONS) + "\n");
            try {
                Files.move(unpacking, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                TempFiles.deleteTree(unpacking); // another JVM got there first
            } catch (IOException e) {
                if (!Files.exists(home.resolve(BUILT_MARKER))) {
                    throw e;
                }
                TempFiles.deleteTree(unpacking); // rename over a non-empty directory: the other JVM won
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack and build " + archive + " into " + home, e);
        }
    }

    /**
     * What {@code bin/kc.sh} runs (its JVM options), without the script: the child is then our
     * JDK's java, carries the orphan marker, and takes {@code home} as Keycloak's home (its
     * {@code data/}, {@code conf/}) while the code comes from {@code installation}.
     */
    static List<String> command(Path home, Path installation, List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(
                ChildProcess.java(),
                "-Djava.util.concurrent.ForkJoinPool.common.threadFactory="
                        + "io.quarkus.bootstrap.forkjoin.QuarkusForkJoinWorkerThreadFactory",
                "-XX:MetaspaceSize=96M",
                "-XX:MaxMetaspaceSize=256m",
                "-Dfile.encoding=UTF-8",
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.security.egd=file:/dev/urandom",
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/java.security=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED",
                "-Duser.language=en",
                "-Duser.country=US"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Dkc.home.dir=" + home,
                "-Djboss.server.config.dir=" + home.resolve("conf"),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Dpicocli.disable.closures=true",
                "-cp",
                installation.resolve("lib").resolve("quarkus-run.jar").toString(),
                "io.quarkus.bootstrap.runner.QuarkusEntryPoint"));
        command.addAll(arguments);
        return command;
    }

    /** Unpacks the zip without its top directory ({@code keycloak-<version>/}). */
    private static void unzip(Path archive, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path path = target.resolve(name.substring(slash + 1)).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Entry outside the archive's tree: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static Path archive(Properties build, String version) {
        Path recorded = Path.of(build.getProperty("archive"));
        if (Files.isRegularFile(recorded)) {
            return recorded;
        }
        Path usual = Path.of(
                System.getProperty("user.home"),
                ".m2",
                "repository",
                "org",
                "keycloak",
                "keycloak-quarkus-dist",
                version,
                "keycloak-quarkus-dist-" + version + ".zip");
        if (Files.isRegularFile(usual)) {
            return usual;
        }
        throw new IllegalStateException("Keycloak's server archive is missing (" + recorded + "). Fetch it with: "
                + "mvn dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:" + version
                + ":zip -Dtransitive=false");
    }

    private static Properties buildProperties() {
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("keycloak.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
