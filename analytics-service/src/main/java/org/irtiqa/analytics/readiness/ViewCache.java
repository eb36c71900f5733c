package org.irtiqa.analytics.readiness;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The answers already computed, by question and by the {@link ServedVersion} they were computed
 * at. An answer asked again at the same version costs one read of the version, outside any
 * transaction; otherwise it is computed in one repeatable-read transaction (one snapshot, even
 * while batches commit), after the serving lock (see {@link ReadinessQueries#SERVING_LOCK}), and
 * kept under the version that snapshot saw. Least recently used answers go first beyond
 * {@value #SIZE}. Answers are immutable.
 */
@Component
class ViewCache {

    private static final int SIZE = 512;

    private final ServedVersion version;
    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final Map<List<Object>, Object> answers = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Object> eldest) {
            return size() > SIZE;
        }
    });

    ViewCache(ServedVersion version, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.version = version;
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** The answer to {@code question} now; {@code compute} runs inside the snapshot's transaction. */
    @SuppressWarnings("unchecked")
    <T> T answer(Object question, Supplier<T> compute) {
        Object known = answers.get(List.of(question, version.current()));
        if (known != null) {
            return (T) known;
        }
        return snapshot.execute(tx -> {
            ReadinessQueries.lockServing(jdbc);
            List<Object> key = List.of(question, version.current());
            Object answer = answers.get(key);
            if (answer == null) {
                answer = compute.get();
                answers.put(key, answer);
            }
            return (T) answer;
        });
    }
}
