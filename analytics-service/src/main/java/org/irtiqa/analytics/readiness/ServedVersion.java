package org.irtiqa.analytics.readiness;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The version of everything the readiness answers are read from: the cells (CellWriter), their
 * days (HistoryWriter), and the institutions and cohorts (a batch that upserts them). Every
 * transaction that changes one of them moves it on, so an answer computed at a version stays
 * right, on every instance, for as long as the version does ({@link ViewCache}).
 */
@Component
public class ServedVersion {

    private final JdbcClient jdbc;

    ServedVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version as the caller's transaction sees it, or the last committed one outside a transaction. */
    long current() {
        return jdbc.sql("select version from readiness_version")
                .query(Long.class)
                .single();
    }

    /**
     * Called by a transaction that changed what answers read. Its row lock is held to the commit,
     * so callers serialise: batches call it under their summary lock, publications and flushes alone.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveOn() {
        jdbc.sql("update readiness_version set version = version + 1").update();
    }
}
