package org.irtiqa.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing directory trees we own: temporary data of a test stack, the data of a --fresh run. */
final class TempFiles {

    private TempFiles() {}

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException e) {
            System.err.println("local-stack: could not delete " + root + ": " + e.getMessage());
        }
    }
}
