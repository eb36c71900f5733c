package org.irtiqa.schemas.asyncapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes {@link AsyncApiDocument} as YAML. Run by the {@code schemas} build (exec-maven-plugin,
 * {@code process-classes}): {@code AsyncApiGenerator <version> <file>...}.
 */
public final class AsyncApiGenerator {

    /**
     * Quotes wherever YAML would otherwise read a string back as a number, boolean or null, and
     * keeps each description on one line.
     */
    static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build();

    private AsyncApiGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: AsyncApiGenerator <version> <output file>...");
        }
        String yaml = yaml(AsyncApiDocument.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        }
    }

    static String yaml(JsonNode document) {
        return YAML.writeValueAsString(document);
    }
}
