package org.irtiqa.support.consumer;

import java.sql.Array;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers which events a consumer has applied, in the same transaction as their effect, so a
 * redelivered event is recognised and skipped. If the transaction rolls back, so does the claim,
 * and the event will be applied on redelivery.
 *
 * <p>Behaves like {@code Propagation.MANDATORY}: a claim outside the effect's transaction would
 * either lose events (claim committed, effect lost) or apply them twice.
 */
public class ProcessedEvents {

    /**
     * One round trip for a whole batch; concurrent claims of one id serialize on its key, taken in
     * key order so that two batches claiming the same ids (a redelivery after a rebalance) wait for
     * each other instead of deadlocking.
     */
    private static final String CLAIM = """
            INSERT INTO processed_event (event_id, processed_at)
            SELECT DISTINCT id, now() FROM unnest(?::uuid[]) AS ids(id) ORDER BY id
            ON CONFLICT (event_id) DO NOTHING
            RETURNING event_id""";

    private final JdbcTemplate jdbc;

    ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the ids; returns those not seen before (the events to apply now). */
    public Set<UUID> claim(Collection<UUID> eventIds) {
        requireTransaction();
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> fresh = new LinkedHashSet<>();
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(CLAIM);
                    Array ids = connection.createArrayOf("uuid", eventIds.toArray());
                    statement.setArray(1, ids);
                    return statement;
                },
                rs -> {
                    fresh.add(rs.getObject(1, UUID.class));
                });
        return fresh;
    }

    /** Claims one id; true when it is new (apply the event), false for a redelivery. */
    public boolean claim(UUID eventId) {
        return !claim(Set.of(eventId)).isEmpty();
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "ProcessedEvents.claim needs an active transaction (it must commit with the event's effect)");
        }
    }
}
