package org.irtiqa.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.irtiqa.schemas.EventTypes;
import org.junit.jupiter.api.Test;

/** Fails the build when a schema breaks FULL_TRANSITIVE against any release in released/. */
class ReleasedSchemaCompatibilityTest {

    private static final Path CURRENT = Path.of("src/main/avro");
    private static final Path RELEASED = Path.of("released");

    @Test
    void everyCurrentSchemaIsFullyCompatibleWithEveryRelease() throws IOException {
        var current = SchemaFiles.parse(CURRENT);
        List<Path> releases;
        try (Stream<Path> dirs = Files.list(RELEASED)) {
            releases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(releases).as("released versions under %s", RELEASED).isNotEmpty();
        for (Path release : releases) {
            var problems =
                    FullTransitiveCheck.problems(release.getFileName().toString(), SchemaFiles.parse(release), current);
            assertThat(problems)
                    .as("compatibility with release %s", release.getFileName())
                    .isEmpty();
        }
    }

    @Test
    void everyEventRecordOfTheCatalogueHasItsSchemaFile() {
        var names = SchemaFiles.parse(CURRENT).values().stream()
                .map(Schema::getFullName)
                .toList();
        assertThat(EventTypes.all()).extracting(Schema::getFullName).allMatch(names::contains);
        assertThat(EventTypes.all()).hasSize(19);
    }

    @Test
    void catchesAFieldAddedWithoutDefault() {
        var released = SchemaFiles.parse(CURRENT);
        var edited = new LinkedHashMap<>(released);
        String file = "registration/CohortCreated.avsc";
        String json = released.get(file).toString();
        // A new required field: old data has no value for it, so the new schema cannot read it.
        edited.put(
                file,
                new Schema.Parser()
                        .parse(json.substring(0, json.length() - 2) + ",{\"name\":\"room\",\"type\":\"string\"}]}"));

        assertThat(FullTransitiveCheck.problems("1", released, edited))
                .singleElement()
                .asString()
                .contains(file, "BACKWARD", "room");
    }

    @Test
    void catchesARemovedFieldThatHadNoDefault() {
        var released = SchemaFiles.parse(CURRENT);
        var edited = new LinkedHashMap<>(released);
        String file = "registration/CohortCreated.avsc";
        String json = released.get(file)
                .toString()
                .replace(
                        ",{\"name\":\"capacity\",\"type\":\"int\",\"doc\":\"Maximum number of active"
                                + " enrolments.\"}",
                        "");
        edited.put(file, new Schema.Parser().parse(json));

        assertThat(FullTransitiveCheck.problems("1", released, edited))
                .singleElement()
                .asString()
                .contains("FORWARD", "capacity");
    }

    @Test
    void acceptsAFieldAddedWithDefaultAndANewEnumSymbol() {
        var released = SchemaFiles.parse(CURRENT);
        var edited = new LinkedHashMap<>(released);
        String file = "registration/InstitutionRegistered.avsc";
        String json = released.get(file).toString().replace("\"OTHER\",\"UNKNOWN\"", "\"OTHER\",\"NGO\",\"UNKNOWN\"");
        edited.put(
                file,
                new Schema.Parser()
                        .parse(json.substring(0, json.length() - 2)
                                + ",{\"name\":\"website\",\"type\":[\"null\",\"string\"],\"default\":null}]}"));

        assertThat(FullTransitiveCheck.problems("1", released, edited)).isEmpty();
    }
}
