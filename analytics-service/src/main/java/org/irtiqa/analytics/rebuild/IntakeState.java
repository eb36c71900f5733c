package org.irtiqa.analytics.rebuild;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.irtiqa.analytics.readiness.ReadinessQueries;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake's row of {@code intake_state} and the schema switch of a rebuild: while one runs, the
 * batches write into the shadow schema {@code rebuild} (its own state and dedup table) and publish
 * nothing, since the figures in there are not complete yet.
 */
@Component
public class IntakeState {

    /** The id of the intake's listener container (and so its consumer group). */
    public static final String LISTENER_ID = "analytics-intake";

    /**
     * Taken shared by every batch and exclusively by whatever reads the state as a whole or
     * switches it: publication (the batch's own after its commit, and the flush), the history's
     * flush and a rebuild's begin and swap, across every thread and instance. A publication so sees
     * every committed batch and none half: the figures it publishes include every batch committed
     * before it, and a slower batch can never publish figures that miss another's events as the
     * last value. Batches run side by side: their upserts are order-free merges, applied in key
     * order (no deadlock between two batches upserting the same rows), and what needs more than
     * one row is serialised by {@link #SUMMARY_LOCK}.
     */
    private static final long APPLY_LOCK = 0x6972_7469_7161_0001L;

    /**
     * Taken exclusively by a batch after its upserts, until its commit, for the steps that read
     * other rows than their own: the per-enrolment summaries (an attendance in one batch, its
     * session's completion in another) and the marks of the institutions (through the enrolments).
     * Each such step then sees every batch that took the lock before it, committed; the batches'
     * claims and upserts, most of their work, still overlap.
     */
    private static final long SUMMARY_LOCK = 0x6972_7469_7161_0003L;

    /** The tables a rebuild starts over: the state and, with it, the dedup table (design.md "Replay"). */
    static final List<String> REBUILT_TABLES = List.of(
            "institution",
            "cohort",
            "participant",
            "enrolment",
            "session",
            "session_schedule",
            "attendance",
            "assessment",
            "assessment_correction",
            "assessment_retraction",
            "enrolment_activity",
            "theme_result",
            "processed_event");

    /** The records this service dead-lettered since the running (or last) rebuild started. */
    private static final String DEAD_LETTERED_SINCE_START =
            "(select count(*) from dead_letter" + " where dead_lettered_at >= (select started_at from intake_state))";

    private final JdbcClient jdbc;

    IntakeState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Called first in every batch's transaction (the apply lock shared): points it at the shadow
     * schema when rebuilding. Returns true when the batch's figures are complete ones, which may be
     * published.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enterBatch() {
        jdbc.sql("select pg_advisory_xact_lock_shared(?)")
                .param(APPLY_LOCK)
                .query()
                .singleRow();
        return enterSchema();
    }

    /** Called by a batch after its upserts, before the steps that read other rows ({@link #SUMMARY_LOCK}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enterSummaries() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(SUMMARY_LOCK).query().singleRow();
    }

    /**
     * Called first by a publication or a flush (the apply lock exclusive): no batch in flight, none
     * starting. Returns true when the state is a complete one (no rebuild fills the shadow).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enterAlone() {
        lock();
        return enterSchema();
    }

    private boolean enterSchema() {
        if (rebuilding()) {
            jdbc.sql("set local search_path to rebuild, public").update();
            return false;
        }
        return true;
    }

    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPLY_LOCK).query().singleRow();
    }

    /** Whether a rebuild runs (one column: every batch asks). */
    boolean rebuilding() {
        return jdbc.sql("select rebuilding from intake_state")
                .query(Boolean.class)
                .single();
    }

    /** The state and the report; while a rebuild runs its counts are taken now (progress is the caller's). */
    RebuildStatus status(boolean forUpdate) {
        RebuildStatus status = row(forUpdate);
        if (!status.rebuilding() || forUpdate) {
            return status;
        }
        try {
            return countsSoFar(status);
        } catch (DataAccessException swappedMeanwhile) {
            // the rebuild finished between the two reads and its schema is gone: its report is in the row now
            return row(false);
        }
    }

    private RebuildStatus row(boolean forUpdate) {
        return jdbc.sql("select generation, rebuilding, started_at, finished_at, events_folded,"
                        + " dead_lettered, last_completed_at from intake_state" + (forUpdate ? " for update" : ""))
                .query((rs, row) -> new RebuildStatus(
                        rs.getInt(1),
                        rs.getBoolean(2),
                        instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)),
                        (Long) rs.getObject(5),
                        (Long) rs.getObject(6),
                        1.0,
                        instant(rs.getTimestamp(7))))
                .single();
    }

    private RebuildStatus countsSoFar(RebuildStatus status) {
        return jdbc.sql("select (select count(*) from rebuild.processed_event), " + DEAD_LETTERED_SINCE_START)
                .query((rs, row) -> new RebuildStatus(
                        status.generation(),
                        true,
                        status.startedAt(),
                        null,
                        rs.getLong(1),
                        rs.getLong(2),
                        0.0,
                        status.lastCompletedAt()))
                .single();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    boolean offsetsResetPending() {
        return jdbc.sql("select rebuilding and offsets_reset < generation from intake_state")
                .query(Boolean.class)
                .single();
    }

    void offsetsReset() {
        jdbc.sql("update intake_state set offsets_reset = generation").update();
    }

    /** Empty shadow tables shaped like the live ones; the live ones keep serving. */
    RebuildStatus begin() {
        lock();
        jdbc.sql("drop schema if exists rebuild cascade").update();
        jdbc.sql("create schema rebuild").update();
        for (String table : REBUILT_TABLES) {
            jdbc.sql("create table rebuild." + table + " (like public." + table + " including all)")
                    .update();
        }
        jdbc.sql("update intake_state set generation = generation + 1, rebuilding = true, started_at = now(),"
                        + " finished_at = null, events_folded = null, dead_lettered = null")
                .update();
        return status(false);
    }

    /** The rebuilt tables replace the live ones in one transaction: readers see one or the other. */
    void swap() {
        lock();
        // readers out first (they wait on it before touching a table): no deadlock with a read
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(ReadinessQueries.SERVING_LOCK)
                .query()
                .singleRow();
        jdbc.sql("update intake_state set finished_at = now(), last_completed_at = now(),"
                        + " events_folded = (select count(*) from rebuild.processed_event), dead_lettered = "
                        + DEAD_LETTERED_SINCE_START)
                .update();
        for (String table : REBUILT_TABLES) {
            jdbc.sql("drop table public." + table).update();
            jdbc.sql("alter table rebuild." + table + " set schema public").update();
        }
        jdbc.sql("drop schema rebuild").update();
        jdbc.sql("update intake_state set rebuilding = false").update();
    }
}
