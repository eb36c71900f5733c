package org.irtiqa.support.testapp;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.support.consumer.EventDecoder;
import org.irtiqa.support.consumer.PoisonEventException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * A batch listener written the way the services write theirs: raw bytes in, decode record by
 * record, and point at the failed record by its index. An institution named "FLAKY" fails
 * {@link #transientFailures} times first, as a database blip would; one named "DB-DOWN" fails
 * the whole batch {@link #outageFailures} times, as a database outage would; one named "BAD-SQL"
 * fails it {@link #codeFailures} times, as a statement wrong for every record would; one named
 * "DOWN-THEN-POISON" fails the batch {@link #outageThenPoison} times as an outage, then as poison.
 */
@Component
@ConditionalOnProperty("test.consumed-topic")
public class TestListener {

    public final List<InstitutionRegistered> applied = new CopyOnWriteArrayList<>();
    public final AtomicInteger transientFailures = new AtomicInteger();
    public final AtomicInteger attempts = new AtomicInteger();
    public final AtomicInteger outageFailures = new AtomicInteger();
    public final AtomicInteger outageAttempts = new AtomicInteger();
    public final AtomicInteger codeFailures = new AtomicInteger();
    public final AtomicInteger codeAttempts = new AtomicInteger();
    public final AtomicInteger outageThenPoison = new AtomicInteger();
    private final EventDecoder decoder;

    TestListener(EventDecoder decoder) {
        this.decoder = decoder;
    }

    @KafkaListener(id = "support-test-listener", topics = "${test.consumed-topic}", containerFactory = "batchFactory")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        for (int i = 0; i < records.size(); i++) {
            SpecificRecord event = decoder.decode(records.get(i), i);
            var institution = (InstitutionRegistered) event;
            if ("FLAKY".equals(institution.getNameEn())) {
                attempts.incrementAndGet();
                if (transientFailures.getAndDecrement() > 0) {
                    throw new BatchListenerFailedException("transient failure", new IllegalStateException("blip"), i);
                }
            }
            if ("DB-DOWN".equals(institution.getNameEn())) {
                outageAttempts.incrementAndGet();
                if (outageFailures.getAndDecrement() > 0) {
                    // not pinned to a record: the whole batch fails, as when the database is gone
                    throw new CannotGetJdbcConnectionException("database unreachable");
                }
            }
            if ("BAD-SQL".equals(institution.getNameEn())) {
                codeAttempts.incrementAndGet();
                if (codeFailures.getAndDecrement() > 0) {
                    // a bug, not the record's fault: the same failure for every record
                    throw new BadSqlGrammarException(
                            "upsert", "insert into institutoin", new SQLException("relation does not exist", "42P01"));
                }
            }
            if ("DOWN-THEN-POISON".equals(institution.getNameEn())) {
                if (outageThenPoison.getAndDecrement() > 0) {
                    throw new CannotGetJdbcConnectionException("database unreachable");
                }
                throw new BatchListenerFailedException(
                        "poison once the database is back", new PoisonEventException("never applicable"), i);
            }
            applied.add(institution);
        }
    }
}
