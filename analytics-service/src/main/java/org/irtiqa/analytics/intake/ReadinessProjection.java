package org.irtiqa.analytics.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.analytics.readiness.ReadinessPublisher;
import org.irtiqa.analytics.readiness.ServedVersion;
import org.irtiqa.analytics.rebuild.IntakeState;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.support.consumer.ProcessedEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a batch of events to the readiness state in one transaction, each event at most once:
 * the ids it claims in {@link ProcessedEvents} commit with the state they changed and with the
 * institutions they marked for publication, so a crash at any point either keeps all of it or
 * none. Batches of different consumers run side by side (the intake's apply lock shared, {@link
 * IntakeState}); publication, which must see them all, is {@link ReadinessFlush}'s, after the
 * commit when the intake is caught up, else once for many batches.
 */
@Component
class ReadinessProjection {

    private final ProcessedEvents processed;
    private final StateWriter state;
    private final ReadinessPublisher publisher;
    private final SummaryWriter summaries;
    private final IntakeState intake;
    private final IntakePhases phases;
    private final ReadinessFlush publication;
    private final TransactionTemplate transactions;
    private final ServedVersion served;

    ReadinessProjection(
            ProcessedEvents processed,
            StateWriter state,
            SummaryWriter summaries,
            ReadinessPublisher publisher,
            IntakeState intake,
            IntakePhases phases,
            ReadinessFlush publication,
            TransactionTemplate transactions,
            ServedVersion served) {
        this.publication = publication;
        this.transactions = transactions;
        this.served = served;
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
    public void apply(List<SpecificRecord> events, boolean behind) {
        if (events.isEmpty()) {
            return;
        }
        boolean marked = Boolean.TRUE.equals(transactions.execute(tx -> applyBesideOthers(events)));
        if (marked && !behind) {
            phases.time("publish", publication::flush); // a transaction of its own: it must see every batch
        }
    }

    /** Returns whether the batch marked figures to publish (none while a rebuild fills the shadow). */
    private boolean applyBesideOthers(List<SpecificRecord> events) {
        boolean complete = intake.enterBatch(); // false while a rebuild fills the shadow tables
        Map<UUID, SpecificRecord> byId = new LinkedHashMap<>();
        for (SpecificRecord event : events) {
            byId.putIfAbsent(meta(event).getEventId(), event);
        }
        Set<UUID> fresh = phases.time("claim", () -> processed.claim(byId.keySet()));
        if (fresh.isEmpty()) {
            return false;
        }
        IntakeBatch batch = new IntakeBatch();
        byId.forEach((id, event) -> {
            if (fresh.contains(id)) {
                batch.add(event, meta(event));
            }
        });
        phases.time("state", () -> state.write(batch));
        intake.enterSummaries();
        phases.time("summaries", () -> summaries.write(batch));
        if (complete) {
            phases.time(
                    "marking",
                    () -> publisher.markChanged(
                            batch.institutionCodes, batch.enrolmentIds, batch.participantIds, batch.cohortCodes));
            if (!batch.institutions.isEmpty() || !batch.cohorts.isEmpty()) {
                served.moveOn(); // answers read names and cohorts straight from these rows
            }
        }
        return complete;
    }

    private static EventMetadata meta(SpecificRecord event) {
        return (EventMetadata) event.get(0);
    }
}
