package org.irtiqa.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * A service started from the JDK's ahead-of-time cache (JEP 483, 514 and 515: classes loaded and
 * linked, and method profiles, from a training run), which needs the Spring Boot jar extracted
 * ({@code -Djarmode=tools extract}): the JVM caches classes from plain jars on the class path, not
 * from jars nested in one. The training run is the service itself against the same servers, ended
 * once its context is refreshed ({@code spring.context.exit=onRefresh}), once per jar and JDK build.
 *
 * <p>Measured here on registration-service alone beside the test stack: ready in 19–22 s with 37 s
 * of CPU from the fat jar, in 8.4 s with 16 s of CPU from this (onRefresh-trained) cache (5.5–6.4 s
 * from one trained by a full start, which costs a whole start and stop). A missing, stale or
 * failed cache only costs what it would save: the service then starts from the extracted jar, or
 * from its own jar when even the extraction failed.
 */
final class AheadOfTimeCache {

    private static final String PREFIX = "irtiqa-aot-";
    private static final Duration TRAINING_LIMIT = Duration.ofSeconds(240);
    /** One training per cache at a time in this JVM: two instances of a service start together. */
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final String artifact;
    private final Path jar;
    private final Path directory;
    private final Path cache;

    private AheadOfTimeCache(String artifact, Path jar, Path directory) {
        this.artifact = artifact;
        this.jar = jar;
        this.directory = directory;
        this.cache = directory.resolve("start-up.aot");
    }

    /**
     * The cache of {@code jar}, keyed by the JDK build and the jar (path, size, time): every
     * instance of a service started from it shares one, whatever its name and servers.
     */
    static AheadOfTimeCache of(Path jar) {
        String artifact = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        CRC32 key = new CRC32();
        try {
            key.update((System.getProperty("java.vm.version")
                            + '\n'
                            + jar.toAbsolutePath()
                            + '\n'
                            + Files.size(jar)
                            + '\n'
                            + Files.getLastModifiedTime(jar).toMillis())
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path directory = Path.of(
                System.getProperty("java.io.tmpdir"),
                PREFIX + artifact + "-" + HexFormat.of().toHexDigits((int) key.getValue()));
        return new AheadOfTimeCache(artifact, jar, directory);
    }

    /** What follows the JVM options: from the cache when there is one, else from the jar. */
    List<String> launch() {
        if (!Files.isRegularFile(extractedJar())) {
            return List.of("-jar", jar.toString());
        }
        List<String> launch = new ArrayList<>();
        if (Files.isRegularFile(cache)) {
            launch.add("-XX:AOTCache=" + cache);
        }
        launch.addAll(List.of("-jar", extractedJar().toString()));
        return launch;
    }

    /**
     * Extracts the jar and runs the training once, unless done: {@code service} with {@code
     * jvmOptions} and {@code arguments} (its servers), logging to {@code <service>-aot-training.log}.
     * Never fails: without a cache the service starts as it would have anyway.
     */
    void prepare(String service, List<String> jvmOptions, List<String> arguments, Path logDirectory) {
        synchronized (LOCKS.computeIfAbsent(directory, d -> new Object())) {
            if (Files.isRegularFile(cache)) {
                return;
            }
            try {
                removeOtherBuilds();
                extract(service, logDirectory);
                train(service, jvmOptions, arguments, logDirectory);
            } catch (RuntimeException | IOException e) {
                System.err.println(
                        "local-stack: " + service + " starts without an ahead-of-time cache: " + e.getMessage());
            }
        }
    }

    private void extract(String service, Path logDirectory) throws IOException {
        if (Files.isRegularFile(extractedJar())) {
            return;
        }
        Path partial = Files.createTempDirectory(directory.getParent(), directory.getFileName() + ".extracting-");
        ChildProcess extraction = new ChildProcess(
                service + " extraction",
                List.of(
                        ChildProcess.java(),
                        "-Djarmode=tools",
                        "-jar",
                        jar.toString(),
                        "extract",
                        "--destination",
                        partial.resolve("application").toString()),
                logDirectory.resolve(service + "-aot-training.log"),
                partial);
        extraction.start();
        extraction.awaitSuccess(Duration.ofSeconds(120));
        Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
    }

    private void train(String service, List<String> jvmOptions, List<String> arguments, Path logDirectory)
            throws IOException {
        Path output = directory.resolve("training-" + ProcessHandle.current().pid() + ".aot");
        List<String> command = new ArrayList<>(List.of(ChildProcess.java()));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-XX:AOTCacheOutput=" + output,
                "-Xlog:aot=error", // not the hundreds of classes it leaves out, each with a warning
                "-Dspring.context.exit=onRefresh",
                "-jar",
                extractedJar().toString()));
        command.addAll(arguments);
        command.add("--server.port=0");
        long started = System.nanoTime();
        ChildProcess training = new ChildProcess(
                service + " start-up training",
                command,
                logDirectory.resolve(service + "-aot-training.log"),
                directory);
        training.start();
        training.awaitSuccess(TRAINING_LIMIT);
        if (!Files.isRegularFile(output)) {
            throw new IllegalStateException("the training run wrote no cache; see its log");
        }
        Files.move(output, cache, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf(
                "local-stack: %s's ahead-of-time cache trained in %d ms%n",
                service, (System.nanoTime() - started) / 1_000_000);
    }

    private Path extractedJar() {
        return directory.resolve("application").resolve(jar.getFileName());
    }

    /** An older build's extraction and cache of this jar (about 200 MB each) are no use any more. */
    private void removeOtherBuilds() throws IOException {
        try (DirectoryStream<Path> others = Files.newDirectoryStream(directory.getParent(), PREFIX + artifact + "-*")) {
            for (Path other : others) {
                if (!other.equals(directory)) {
                    TempFiles.deleteQuietly(other);
                }
            }
        }
    }
}
