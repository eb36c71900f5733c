package org.irtiqa.schemas.asyncapi;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The official AsyncAPI 3.0.0 JSON Schema ({@code @asyncapi/specs}, the variant without {@code $id}:
 * every {@code $ref} points inside the file), fetched by the build with its SHA-512 checked. Its
 * draft-07 meta-schema ships inside the validator, so validating never reaches the network.
 */
final class AsyncApiSchema {

    private static final String RESOURCE = "/asyncapi/asyncapi-3.0.0-schema.json";
    private static final Schema SCHEMA = load();

    private AsyncApiSchema() {}

    static List<Error> errorsIn(JsonNode document) {
        return SCHEMA.validate(document);
    }

    private static Schema load() {
        try (InputStream in = AsyncApiSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        RESOURCE + " is missing: run the schemas build (mvn -pl schemas verify)");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
