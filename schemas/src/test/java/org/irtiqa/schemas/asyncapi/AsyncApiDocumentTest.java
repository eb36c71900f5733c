package org.irtiqa.schemas.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The document the build wrote is valid AsyncAPI 3.0.0, is the generator's output, and is packaged. */
class AsyncApiDocumentTest {

    static final Path WRITTEN = Path.of("target/asyncapi/asyncapi.yaml");

    static ObjectNode written() throws IOException {
        return (ObjectNode) AsyncApiGenerator.YAML.readTree(Files.readString(WRITTEN));
    }

    @Test
    void theBuiltDocumentIsValidAsyncApi3() throws IOException {
        assertThat(AsyncApiSchema.errorsIn(written())).isEmpty();
    }

    @Test
    void theBuiltDocumentIsWhatTheGeneratorWritesForTheProjectVersion() throws IOException {
        String version = written().path("info").path("version").asString();
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(Files.readString(WRITTEN)).isEqualTo(AsyncApiGenerator.yaml(AsyncApiDocument.of(version)));
    }

    @Test
    void generatingTwiceGivesTheSameBytes() {
        assertThat(AsyncApiGenerator.yaml(AsyncApiDocument.of("1.0.0")))
                .isEqualTo(AsyncApiGenerator.yaml(AsyncApiDocument.of("1.0.0")));
    }

    @Test
    void readingTheYamlBackGivesTheGeneratedTree() throws IOException {
        JsonNode generated =
                AsyncApiDocument.of(written().path("info").path("version").asString());
        assertThat((JsonNode) written()).isEqualTo(generated);
    }

    @Test
    void theJarCarriesTheDocumentUnderMetaInf() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/asyncapi/asyncapi.yaml")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(WRITTEN));
        }
    }
}
