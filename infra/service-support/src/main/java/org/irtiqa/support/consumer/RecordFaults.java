package org.irtiqa.support.consumer;

import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Which failures of applying events mean that an event is at fault, so that re-applying the batch
 * in parts finds it: the database refused the data ({@link DataIntegrityViolationException}: a
 * constraint, or SQLSTATE class 22, a value out of a column's range, a NUL in a text), or the
 * service found an event it can never apply ({@link PoisonEventException}).
 *
 * <p>Nothing else is: an outage (the database, a transaction or the registry unavailable) passes,
 * and a fault of the code or the schema ({@code BadSqlGrammarException}, an API misused, a result
 * of the wrong size, an error the driver cannot categorise) fails for every record alike, so
 * re-applying would only dead-letter good records one by one. Those failures name no record; the
 * error handler retries them with back-off until they pass (or the code is mended).
 */
final class RecordFaults {

    /** The database, the transaction manager or the registry is unavailable; the event may be fine. */
    static final List<Class<? extends Throwable>> OUTAGES = List.of(
            DataAccessResourceFailureException.class,
            TransientDataAccessException.class,
            RecoverableDataAccessException.class,
            CannotCreateTransactionException.class,
            RegistryUnavailableException.class);

    private static final int DEEPEST_CAUSE = 16;

    private RecordFaults() {}

    static boolean isRecordAtFault(Throwable failure) {
        boolean refused = false;
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (isOutage(cause)) {
                return false;
            }
            refused |= cause instanceof DataIntegrityViolationException || cause instanceof PoisonEventException;
        }
        return refused;
    }

    static boolean isOutage(Throwable failure) {
        return OUTAGES.stream().anyMatch(outage -> outage.isInstance(failure));
    }
}
