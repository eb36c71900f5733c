package org.irtiqa.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * The Apicurio Registry server, unpacked once per machine from the archive Maven resolved into the
 * local repository. Several test JVMs may start at the same moment: each unpacks into its own
 * temporary directory and renames it into place atomically, so nobody ever sees half a tree; the
 * loser of the race throws its copy away.
 */
final class ApicurioDistribution {

    private ApicurioDistribution() {}

    /** The directory holding {@code quarkus-run.jar}. */
    static synchronized Path home() {
        Properties build = buildProperties();
        String version = build.getProperty("version");
        Path home = Path.of(System.getProperty("java.io.tmpdir"), "irtiqa-apicurio-" + version);
        if (Files.exists(home.resolve("quarkus-run.jar"))) {
            return home;
        }
        Path archive = archive(build, version);
        try {
            Path unpacking = Files.createTempDirectory(home.getParent(), home.getFileName() + ".unpacking-");
            Path log = unpacking.resolveSibling(unpacking.getFileName() + ".log");
            ChildProcess tar = new ChildProcess(
                    "tar", List.of("tar", "-xzf", archive.toString(), "-C", unpacking.toString()), log, unpacking);
            tar.start();
            tar.awaitSuccess(Duration.ofMinutes(5));
            Files.deleteIfExists(log);
            try {
                Files.move(unpacking, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                TempFiles.deleteTree(unpacking); // another JVM got there first
            } catch (IOException e) {
                if (!Files.exists(home.resolve("quarkus-run.jar"))) {
                    throw e;
                }
                TempFiles.deleteTree(unpacking); // rename over a non-empty directory: the other JVM won
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + archive + " into " + home, e);
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
                "io",
                "apicurio",
                "apicurio-registry-app",
                version,
                "apicurio-registry-app-" + version + "-all.tar.gz");
        if (Files.isRegularFile(usual)) {
            return usual;
        }
        throw new IllegalStateException("The Apicurio server archive is missing (" + recorded + "). Fetch it with: "
                + "mvn dependency:get -Dartifact=io.apicurio:apicurio-registry-app:" + version
                + ":tar.gz:all -Dtransitive=false");
    }

    private static Properties buildProperties() {
        try (InputStream in = ApicurioDistribution.class.getResourceAsStream("apicurio.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
