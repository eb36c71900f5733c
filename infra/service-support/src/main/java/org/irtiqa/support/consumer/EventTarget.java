package org.irtiqa.support.consumer;

import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;

/**
 * What a service's batch listener hands the {@link BatchApplier}: a name for what its events go
 * into (it names a refused record in the dead-letter headers: "Record refused by the roster"), a
 * check of each decoded event (throws {@link PoisonEventException} for one that breaks the rules),
 * and the application of the checked events.
 */
public record EventTarget(String name, Consumer<SpecificRecord> check, EventApplication application) {

    public static EventTarget of(String name, EventApplication application) {
        return new EventTarget(name, event -> {}, application);
    }

    public EventTarget checkedBy(Consumer<SpecificRecord> rules) {
        return new EventTarget(name, rules, application);
    }
}
