package org.irtiqa.support.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.Sector;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.support.events.EventIds;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The skeleton's logic, with a decoder that reads events from a map and a target that refuses, as
 * PostgreSQL would, every transaction holding a name with a NUL: the records before the refused
 * one are applied, the refused one is named, nothing after it is applied (it is redelivered).
 */
class BatchApplierTest {

    final Map<String, SpecificRecord> byKey = new java.util.HashMap<>();
    final List<String> applied = new ArrayList<>();
    final AtomicInteger transactions = new AtomicInteger();

    final EventDecoder decoder = new EventDecoder(null) {
        @Override
        public SpecificRecord decode(ConsumerRecord<String, byte[]> record) {
            SpecificRecord event = byKey.get(record.key());
            if (event == null) {
                throw new SerializationException("not an event");
            }
            return event;
        }
    };

    final EventTarget refusingNul = EventTarget.of("the test table", (events, moreWaiting) -> {
        transactions.incrementAndGet();
        if (events.stream().anyMatch(e -> name(e).contains("\u0000"))) {
            throw new DataIntegrityViolationException(
                    "PreparedStatementCallback; upsert",
                    new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        }
        events.forEach(e -> applied.add(name(e)));
    });

    @Test
    void namesTheRefusedRecordHavingAppliedEveryRecordBeforeIt() {
        List<ConsumerRecord<String, byte[]>> batch = batch(2000, 1234);

        assertThatThrownBy(() -> new BatchApplier(decoder, 2000).apply(batch, refusingNul))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getRecord()).isSameAs(batch.get(1234));
                    assertThat(e.getMessage())
                            .contains("Record refused by the test table")
                            .contains("0x00")
                            .contains("test-0@1234");
                    assertThat(e.getCause()).isInstanceOf(DataIntegrityViolationException.class);
                });
        assertThat(applied).containsExactlyElementsOf(names(0, 1234));
        assertThat(transactions.get()).isLessThanOrEqualTo(1 + 2 * 11);
    }

    @Test
    void appliesEveryPartWhenNoRecordIsRefusedAlone() {
        var together = EventTarget.of("the test table", (events, moreWaiting) -> {
            if (events.size() == 10) {
                throw new DataIntegrityViolationException("ON CONFLICT DO UPDATE cannot affect row a second time");
            }
            events.forEach(e -> applied.add(name(e)));
        });

        new BatchApplier(decoder, 2000).apply(batch(10, -1), together);

        assertThat(applied).containsExactlyInAnyOrderElementsOf(names(0, 10));
    }

    @Test
    void anUndecodableRecordEndsTheBatchAfterTheRecordsBeforeItAreApplied() {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(batch(5, -1));
        batch.add(2, record(99, "garbage"));

        assertThatThrownBy(() -> new BatchApplier(decoder, 2000).apply(batch, refusingNul))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getRecord())
                        .isSameAs(batch.get(2)))
                .hasCauseInstanceOf(SerializationException.class);
        assertThat(applied).containsExactly("I0", "I1");
    }

    @Test
    void anOutageOrAFaultOfTheCodeIsThrownAsItIsAndNamesNoRecord() {
        var down = EventTarget.of("the test table", (events, moreWaiting) -> {
            transactions.incrementAndGet();
            throw new CannotGetJdbcConnectionException("database unreachable");
        });
        var badSql = EventTarget.of("the test table", (events, moreWaiting) -> {
            transactions.incrementAndGet();
            throw new BadSqlGrammarException("upsert", "insert into nope", new SQLException("42P01"));
        });

        assertThatThrownBy(() -> new BatchApplier(decoder, 2000).apply(batch(100, 50), down))
                .isInstanceOf(CannotGetJdbcConnectionException.class);
        assertThatThrownBy(() -> new BatchApplier(decoder, 2000).apply(batch(100, 50), badSql))
                .isInstanceOf(BadSqlGrammarException.class);
        assertThat(transactions.get()).isEqualTo(2); // no re-application in parts
        assertThat(applied).isEmpty();
    }

    @Test
    void tellsTheTargetMoreAreWaitingBehindAFullBatchAndBehindEachPart() {
        List<Boolean> moreWaiting = new ArrayList<>();
        var target = EventTarget.of("the test table", (events, more) -> {
            moreWaiting.add(more);
            refusingNul.application().apply(events, more);
        });

        new BatchApplier(decoder, 4).apply(batch(4, -1), target);
        new BatchApplier(decoder, 4).apply(batch(3, -1), target);
        assertThatThrownBy(() -> new BatchApplier(decoder, 4).apply(batch(3, 2), target))
                .isInstanceOf(BatchListenerFailedException.class);

        assertThat(moreWaiting).containsExactly(true, false, false, true, true, true, true);
    }

    /** {@code size} institutions I0, I1…; the one at {@code refused} (if any) has a NUL in its name. */
    private List<ConsumerRecord<String, byte[]>> batch(int size, int refused) {
        return IntStream.range(0, size)
                .mapToObj(i -> record(i, i == refused ? "I" + i + "\u0000" : "I" + i))
                .toList();
    }

    private ConsumerRecord<String, byte[]> record(int offset, String name) {
        String key = "k" + offset + "-" + name;
        if (!name.equals("garbage")) {
            byKey.put(key, institution(name));
        }
        return new ConsumerRecord<>("test", 0, offset, key, new byte[0]);
    }

    private static List<String> names(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "I" + i).toList();
    }

    private static String name(SpecificRecord event) {
        return ((InstitutionRegistered) event).getNameEn();
    }

    private static InstitutionRegistered institution(String name) {
        return InstitutionRegistered.newBuilder()
                .setMeta(EventMetadata.newBuilder()
                        .setEventId(EventIds.next())
                        .setOccurredAt(Instant.now())
                        .setSource("test")
                        .build())
                .setInstitutionCode(name)
                .setNameEn(name)
                .setNameAr(name)
                .setGovernorate(Governorate.MUSCAT)
                .setSector(Sector.OTHER)
                .build();
    }
}
