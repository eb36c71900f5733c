package org.irtiqa.support.events;

import java.time.Clock;
import org.irtiqa.events.EventMetadata;

/**
 * Makes the {@code meta} of every event a service produces: a UUIDv7 event id, the time from the
 * application's {@link Clock} truncated to milliseconds, the service name
 * ({@code spring.application.name}) and the current correlation id.
 */
public class EventMetadataFactory {

    private final Clock clock;
    private final String source;

    public EventMetadataFactory(Clock clock, String source) {
        this.clock = clock;
        this.source = source;
    }

    public EventMetadata next() {
        return EventMetadata.newBuilder()
                .setEventId(EventIds.next())
                .setOccurredAt(Instants.now(clock))
                .setSource(source)
                .setCorrelationId(CorrelationIds.current())
                .build();
    }

    public String source() {
        return source;
    }

    public Clock clock() {
        return clock;
    }
}
