package org.irtiqa.analytics.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.analytics.readiness.ReadinessPublisher;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.support.consumer.ProcessedEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a batch of events to the readiness state in one transaction, each event at most once:
 * the ids it claims in {@link ProcessedEvents} commit with the state they changed and with the
 * readiness events they caused, so a crash at any point either keeps all three or none.
 */
@Component
class ReadinessProjection {

    /**
     * Batches apply one at a time across every consumer thread and instance: the figures a batch
     * publishes must include every batch committed before it, or a slower concurrent batch could
     * publish figures that miss the other's events as the institution's last value.
     */
    private static final long APPLY_LOCK = 0x6972_7469_7161_0001L;

    private final ProcessedEvents processed;
    private final StateWriter state;
    private final ReadinessPublisher publisher;
    private final JdbcClient jdbc;

    ReadinessProjection(ProcessedEvents processed, StateWriter state, ReadinessPublisher publisher, JdbcClient jdbc) {
        this.processed = processed;
        this.state = state;
        this.publisher = publisher;
        this.jdbc = jdbc;
    }

    @Transactional
    public void apply(List<SpecificRecord> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPLY_LOCK).query().singleRow();
        Map<UUID, SpecificRecord> byId = new LinkedHashMap<>();
        for (SpecificRecord event : events) {
            byId.putIfAbsent(meta(event).getEventId(), event);
        }
        Set<UUID> fresh = processed.claim(byId.keySet());
        if (fresh.isEmpty()) {
            return;
        }
        IntakeBatch batch = new IntakeBatch();
        byId.forEach((id, event) -> {
            if (fresh.contains(id)) {
                batch.add(event, meta(event).getOccurredAt());
            }
        });
        state.write(batch);
        publisher.publishChanges(batch.institutionCodes, batch.enrolmentIds, batch.cohortCodes);
    }

    private static EventMetadata meta(SpecificRecord event) {
        return (EventMetadata) event.get(0);
    }
}
