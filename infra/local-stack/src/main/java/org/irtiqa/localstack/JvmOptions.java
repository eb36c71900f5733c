package org.irtiqa.localstack;

import java.util.List;

/** JVM options a build passes to the processes it starts, space-separated in a system property. */
public final class JvmOptions {

    private JvmOptions() {}

    /** The options in {@code property}; none when it is unset or blank. */
    public static List<String> from(String property) {
        String options = System.getProperty(property, "").trim();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }
}
