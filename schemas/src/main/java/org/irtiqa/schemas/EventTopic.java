package org.irtiqa.schemas;

import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * One row of the topic table of {@code events.md}: the topic, what its records are keyed by, the
 * one service that writes it, the services that consume it in a consumer group, whether it is
 * compacted (else kept forever), and the record types it carries in the order they can occur.
 *
 * <p>Services name themselves as in {@code EventMetadata.source} (e.g. {@code
 * registration-service}); each service's own catalogue ({@code system/Topics}) is checked against
 * these rows by a test in that service, so the two cannot drift.
 */
public record EventTopic(
        String name, String key, String producer, Set<String> consumers, boolean compacted, List<Schema> records) {

    /** Every topic is created with this many partitions (events.md "Topics"). */
    public static final int PARTITIONS = 12;

    public EventTopic {
        consumers = Set.copyOf(consumers);
        records = List.copyOf(records);
    }

    public boolean consumedBy(String service) {
        return consumers.contains(service);
    }
}
