package org.irtiqa.analytics.intake;

import java.sql.PreparedStatement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Folds a batch into the state tables with one statement per table (and one more for
 * institutions' lastEventAt): the batch's rows are grouped per key first (an upsert may touch a
 * row only once per statement), then merged with what is there by the order-free rules of
 * {@link RegistrationFolds} and {@link SchedulingFolds}, each in key order and the tables always in this
 * order, so batches running side by side never deadlock on rows they share. The columns go as arrays ({@code unnest}):
 * the measured hot path, hence raw JDBC here and nowhere else.
 */
@Component
class StateWriter {

    private final JdbcTemplate jdbc;

    StateWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(IntakeBatch batch) {
        upsert(RegistrationFolds.INSTITUTIONS, batch.institutions);
        upsert(RegistrationFolds.INSTITUTION_LAST_EVENT, batch.institutions);
        upsert(RegistrationFolds.COHORTS, batch.cohorts);
        upsert(RegistrationFolds.PARTICIPANTS, batch.participants);
        upsert(RegistrationFolds.ENROLMENTS, batch.enrolments);
        upsert(SchedulingFolds.SESSIONS, batch.sessions);
        upsert(SchedulingFolds.SCHEDULES, batch.schedules);
        upsert(SchedulingFolds.ATTENDANCE, batch.attendance);
        upsert(SchedulingFolds.ASSESSMENTS, batch.assessments);
        upsert(SchedulingFolds.CORRECTIONS, batch.corrections);
        upsert(SchedulingFolds.RETRACTIONS, batch.retractions);
    }

    private void upsert(String sql, Columns rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < rows.width(); i++) {
                    statement.setArray(i + 1, connection.createArrayOf(rows.type(i), rows.values(i)));
                }
                return statement.executeUpdate();
            }
        });
    }
}
