package org.irtiqa.testkit;

import java.util.List;

/** Reads the dead-letter topics of the test broker: the original bytes, the error in headers. */
public final class DeadLetters {

    private DeadLetters() {}

    /** Waits for a dead letter with this key on {@code <topic>.DLT}; fails if none arrives in 30 s. */
    public static TopicReader.Event await(String topic, String key) {
        List<TopicReader.Event> found = TopicReader.await(topic + ".DLT", false, e -> key.equals(e.key()), 1);
        return found.getFirst();
    }
}
