package org.irtiqa.schemas.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/**
 * Parses a tree of .avsc files the way the avro-maven-plugin does: shared types (the files at the
 * top) first, so the records below can refer to them by name.
 */
final class SchemaFiles {

    private SchemaFiles() {}

    /** Relative path (e.g. {@code registration/CohortCreated.avsc}) to parsed schema. */
    static Map<String, Schema> parse(Path root) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".avsc"))
                    .sorted(Comparator.comparingInt(
                                    (Path p) -> root.relativize(p).getNameCount())
                            .thenComparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var parser = new Schema.Parser();
        var schemas = new LinkedHashMap<String, Schema>();
        for (Path file : files) {
            try {
                schemas.put(root.relativize(file).toString().replace('\\', '/'), parser.parse(file.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemas;
    }
}
