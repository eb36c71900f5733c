package org.irtiqa.support.consumer;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The one skeleton of the services' batch listeners: decodes and checks a batch record by record,
 * applies the events in one transaction, and when something is wrong with one record, points the
 * error handler at exactly that record ({@link BatchListenerFailedException}): the records before
 * it are applied and committed, it goes to the dead-letter topic with its own error, and the rest
 * is redelivered.
 *
 * <p>A record that cannot be decoded or that the target's check rejects ends the batch there. A
 * batch the database refuses as a whole ({@link RecordFaults}) is re-applied in halves, then
 * halves of the failing half, so some 2 log2(n) transactions find the record refused alone, every
 * record before it applied; a batch of 2,000 thus costs about 22 transactions instead of up to
 * 2,000 one by one (analytics, the refused record last: 0.5 s against 26 s). Any other failure (an outage, a fault of the code) names no record and is
 * thrown as it is, for the error handler to retry.
 */
public class BatchApplier {

    private static final Logger log = LoggerFactory.getLogger(BatchApplier.class);

    private final EventDecoder decoder;
    private final int fullBatch;

    /** @param fullBatch the consumers' {@code max.poll.records}: a batch this big finds more waiting */
    BatchApplier(EventDecoder decoder, int fullBatch) {
        this.decoder = decoder;
        this.fullBatch = fullBatch;
    }

    public void apply(List<ConsumerRecord<String, byte[]>> records, EventTarget target) {
        boolean moreWaiting = records.size() >= fullBatch;
        List<SpecificRecord> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                SpecificRecord event = decoder.decode(record);
                target.check().accept(event);
                events.add(event);
            } catch (SerializationException | PoisonEventException poison) {
                apply(records, events, target, moreWaiting);
                throw new BatchListenerFailedException("Cannot apply: " + poison.getMessage(), poison, record);
            }
        }
        apply(records, events, target, moreWaiting);
    }

    /** Applies {@code events}, decoded from the first records of {@code records}. */
    private void apply(
            List<ConsumerRecord<String, byte[]>> records,
            List<SpecificRecord> events,
            EventTarget target,
            boolean moreWaiting) {
        if (events.isEmpty()) {
            return;
        }
        try {
            target.application().apply(events, moreWaiting);
        } catch (RuntimeException failure) {
            if (!RecordFaults.isRecordAtFault(failure)) {
                throw failure;
            }
            log.warn(
                    "A batch of {} events refused by {} ({}); re-applying it in parts to find the record at fault",
                    events.size(),
                    target.name(),
                    NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
            long started = System.nanoTime();
            Refusal refusal = new Isolation(events, target).find(0, events.size(), failure);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (refusal == null) {
                log.warn(
                        "Every part of the batch of {} events refused by {} went in ({} ms): no record was at fault alone",
                        events.size(),
                        target.name(),
                        millis);
                return;
            }
            log.warn(
                    "Found the record refused by {}, {} of a batch of {} events, in {} ms",
                    target.name(),
                    refusal.index(),
                    events.size(),
                    millis);
            throw new BatchListenerFailedException(
                    "Record refused by " + target.name() + ": "
                            + NestedExceptionUtils.getMostSpecificCause(refusal.failure())
                                    .getMessage(),
                    refusal.failure(),
                    records.get(refusal.index()));
        }
    }

    /** Record {@code index} of the batch, refused alone with {@code failure}. */
    private record Refusal(int index, RuntimeException failure) {}

    /** Bisects a refused batch: applies what it can, returns the first record refused alone. */
    private record Isolation(List<SpecificRecord> events, EventTarget target) {

        /** Events [from, to) failed together with {@code failure}; null when every part went in. */
        Refusal find(int from, int to, RuntimeException failure) {
            if (to - from == 1) {
                return new Refusal(from, failure);
            }
            int middle = (from + to) >>> 1;
            Refusal first = applyOrFind(from, middle);
            return first != null ? first : applyOrFind(middle, to);
        }

        private Refusal applyOrFind(int from, int to) {
            try {
                target.application().apply(List.copyOf(events.subList(from, to)), true);
                return null;
            } catch (RuntimeException failure) {
                if (!RecordFaults.isRecordAtFault(failure)) {
                    throw failure;
                }
                return find(from, to, failure);
            }
        }
    }
}
