package org.irtiqa.support.events;

import java.time.Clock;
import org.irtiqa.events.EventMetadata;

/**
 * Makes the {@code meta} of every event a service produces: a UUIDv7 event id, the time from the
 * application's {@link Clock} truncated to milliseconds, the service name
 * ({@code spring.application.name}), the current correlation id, and the actor: the audit entry
 * id of the HTTP write being served ({@link Actors}), so that an event can be traced through the
 * audit trail to whoever caused it without the topic holding who that was.
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
                .setActor(Actors.current())
                .build();
    }

    public String source() {
        return source;
    }

    public Clock clock() {
        return clock;
    }
}
