package org.irtiqa.schemas.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * FULL compatibility, as the registry judges it: the new schema reads data written with the old
 * one (BACKWARD) and the old reads the new (FORWARD). Run against every release, it is
 * FULL_TRANSITIVE.
 */
final class FullTransitiveCheck {

    private FullTransitiveCheck() {}

    /** Problems of {@code current} against one release; empty when fully compatible. */
    static List<String> problems(String release, Map<String, Schema> released, Map<String, Schema> current) {
        var problems = new ArrayList<String>();
        released.forEach((file, old) -> {
            Schema now = current.get(file);
            if (now == null) {
                problems.add(file + " was released in " + release + " but is gone: old data must decode");
                return;
            }
            check(problems, file, release, "new reads old (BACKWARD)", now, old);
            check(problems, file, release, "old reads new (FORWARD)", old, now);
        });
        return problems;
    }

    private static void check(
            List<String> problems, String file, String release, String direction, Schema reader, Schema writer) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult();
        if (result.getCompatibility() != SchemaCompatibilityType.COMPATIBLE) {
            problems.add(file + " is incompatible with release " + release + ", " + direction + ": "
                    + result.getIncompatibilities());
        }
    }
}
