package org.irtiqa.demo.reference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A session: its cohort, whether it was held, and its business instant. */
public final class Session {

    String cohort;
    boolean completed;
    boolean cancelled;
    Order scheduleOrder;
    Instant startsAt;
    Instant heldAt;
    final List<Instant> events = new ArrayList<>();

    public String cohort() {
        return cohort;
    }

    /** SessionCompleted received and no SessionCancelled. */
    public boolean held() {
        return completed && !cancelled;
    }

    /** Its business instant: the winning schedule's startsAt, else (held without a known schedule) heldAt. */
    public Instant time() {
        return startsAt != null ? startsAt : heldAt;
    }
}
