package org.irtiqa.support.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A record is at fault when the database refuses its data or it is poison; never for an outage or a bug. */
class RecordFaultsTest {

    @Test
    void dataTheDatabaseRefusesIsTheRecordsFault() {
        assertThat(RecordFaults.isRecordAtFault(new DataIntegrityViolationException(
                        "ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", new SQLException("22021"))))
                .isTrue();
        assertThat(RecordFaults.isRecordAtFault(new DuplicateKeyException("23505")))
                .isTrue();
        assertThat(RecordFaults.isRecordAtFault(new PoisonEventException("score 140")))
                .isTrue();
        assertThat(RecordFaults.isRecordAtFault(
                        new IllegalStateException("wrapped", new DataIntegrityViolationException("22003"))))
                .isTrue();
    }

    @Test
    void anOutageIsNoRecordsFault() {
        assertThat(RecordFaults.isRecordAtFault(new CannotGetJdbcConnectionException("database unreachable")))
                .isFalse();
        assertThat(RecordFaults.isRecordAtFault(new QueryTimeoutException("statement timeout")))
                .isFalse();
        assertThat(RecordFaults.isRecordAtFault(new CannotAcquireLockException("lock timeout")))
                .isFalse();
        assertThat(RecordFaults.isRecordAtFault(new CannotCreateTransactionException("no connection")))
                .isFalse();
        assertThat(RecordFaults.isRecordAtFault(new RegistryUnavailableException("registry down", null)))
                .isFalse();
        // a refusal caused by the connection going away is still the outage
        assertThat(RecordFaults.isRecordAtFault(new DataIntegrityViolationException(
                        "commit", new CannotGetJdbcConnectionException("connection reset"))))
                .isFalse();
    }

    @Test
    void aFaultOfTheCodeOrTheSchemaIsNoRecordsFault() {
        assertThat(RecordFaults.isRecordAtFault(
                        new BadSqlGrammarException("upsert", "insert into nope", new SQLException("42P01"))))
                .isFalse();
        assertThat(RecordFaults.isRecordAtFault(new InvalidDataAccessApiUsageException("misused")))
                .isFalse();
        assertThat(RecordFaults.isRecordAtFault(new IncorrectResultSizeDataAccessException(1, 0)))
                .isFalse();
        assertThat(RecordFaults.isRecordAtFault(
                        new UncategorizedSQLException("upsert", "select", new SQLException("XX000"))))
                .isFalse();
        assertThat(RecordFaults.isRecordAtFault(new NullPointerException())).isFalse();
    }
}
