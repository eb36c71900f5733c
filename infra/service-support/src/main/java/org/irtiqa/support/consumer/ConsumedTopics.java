package org.irtiqa.support.consumer;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The topics a consuming service reads. Declare one as a bean; the library creates each topic's
 * dead-letter topic {@code <topic>.DLT} with the same partition count, because the dead-letter
 * publisher keeps the failed record's partition number.
 */
public record ConsumedTopics(Set<String> topics) {

    public ConsumedTopics {
        topics = Set.copyOf(new LinkedHashSet<>(topics));
    }

    public static ConsumedTopics of(String... topics) {
        return new ConsumedTopics(new LinkedHashSet<>(Arrays.asList(topics)));
    }

    /** The dead-letter topic of {@code topic}. */
    public static String deadLetterTopic(String topic) {
        return topic + ".DLT";
    }
}
