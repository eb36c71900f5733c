package org.irtiqa.support.consumer;

import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * How a service applies decoded events: all of them in one transaction, or none (it throws). The
 * {@link BatchApplier} calls it once per batch, and again on parts of a batch the database refused
 * to find the record at fault, so an application must be idempotent (claim the event ids in
 * {@link ProcessedEvents}) and order-free.
 */
@FunctionalInterface
public interface EventApplication {

    /**
     * @param moreWaiting more events are known to wait right behind these (a full batch, or a part
     *                    of a batch being re-applied), so work many applications can share, such
     *                    as publishing figures, may wait for them
     */
    void apply(List<SpecificRecord> events, boolean moreWaiting);
}
