package org.irtiqa.analytics.rebuild;

import java.util.List;
import org.irtiqa.analytics.readiness.ReadinessQueries;
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
     * Batches, and the steps of a rebuild, run one at a time across every consumer thread and
     * instance: the figures a batch publishes must include every batch committed before it, or a
     * slower concurrent batch could publish figures that miss the other's events as the last value.
     */
    private static final long APPLY_LOCK = 0x6972_7469_7161_0001L;

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

    private final JdbcClient jdbc;

    IntakeState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Called first in every batch's transaction: points it at the shadow schema when rebuilding.
     * Returns true when the batch's figures are complete ones, which may be published.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enterBatch() {
        lock();
        if (status(false).rebuilding()) {
            jdbc.sql("set local search_path to rebuild, public").update();
            return false;
        }
        return true;
    }

    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPLY_LOCK).query().singleRow();
    }

    RebuildStatus status(boolean forUpdate) {
        return jdbc.sql("select generation, rebuilding from intake_state" + (forUpdate ? " for update" : ""))
                .query((rs, row) -> new RebuildStatus(rs.getInt(1), rs.getBoolean(2)))
                .single();
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
        jdbc.sql("update intake_state set generation = generation + 1, rebuilding = true")
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
        for (String table : REBUILT_TABLES) {
            jdbc.sql("drop table public." + table).update();
            jdbc.sql("alter table rebuild." + table + " set schema public").update();
        }
        jdbc.sql("drop schema rebuild").update();
        jdbc.sql("update intake_state set rebuilding = false").update();
    }
}
