package org.irtiqa.analytics.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.analytics.readiness.ReadinessPublisher;
import org.irtiqa.analytics.rebuild.IntakeState;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.support.consumer.ProcessedEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a batch of events to the readiness state in one transaction, each event at most once:
 * the ids it claims in {@link ProcessedEvents} commit with the state they changed and with the
 * institutions they marked for publication (or the readiness events they caused), so a crash at
 * any point either keeps all of it or none. A batch that finds the intake behind (a full batch, as
 * in a replay) leaves publication to {@link ReadinessFlush}, which then recomputes each marked
 * institution once for many batches instead of once per batch.
 */
@Component
class ReadinessProjection {

    private final ProcessedEvents processed;
    private final StateWriter state;
    private final ReadinessPublisher publisher;
    private final SummaryWriter summaries;
    private final IntakeState intake;
    private final IntakePhases phases;

    ReadinessProjection(
            ProcessedEvents processed,
            StateWriter state,
            SummaryWriter summaries,
            ReadinessPublisher publisher,
            IntakeState intake,
            IntakePhases phases) {
        this.processed = processed;
        this.state = state;
        this.summaries = summaries;
        this.publisher = publisher;
        this.intake = intake;
        this.phases = phases;
    }

    /**
     * @param behind whether more events are known to be waiting (the batch was full): publication
     *               of the figures can then wait for the flush
     */
    @Transactional
    public void apply(List<SpecificRecord> events, boolean behind) {
        if (events.isEmpty()) {
            return;
        }
        boolean complete = intake.enterBatch(); // false while a rebuild fills the shadow tables
        Map<UUID, SpecificRecord> byId = new LinkedHashMap<>();
        for (SpecificRecord event : events) {
            byId.putIfAbsent(meta(event).getEventId(), event);
        }
        Set<UUID> fresh = phases.time("claim", () -> processed.claim(byId.keySet()));
        if (fresh.isEmpty()) {
            return;
        }
        IntakeBatch batch = new IntakeBatch();
        byId.forEach((id, event) -> {
            if (fresh.contains(id)) {
                batch.add(event, meta(event));
            }
        });
        phases.time("state", () -> state.write(batch));
        phases.time("summaries", () -> summaries.write(batch));
        if (complete) {
            phases.time("publish", () -> {
                publisher.markChanged(
                        batch.institutionCodes, batch.enrolmentIds, batch.participantIds, batch.cohortCodes);
                if (!behind) {
                    publisher.publishPending();
                }
            });
        }
    }

    private static EventMetadata meta(SpecificRecord event) {
        return (EventMetadata) event.get(0);
    }
}
