package org.irtiqa.support.outbox;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The W3C {@code traceparent} of the trace active on the calling thread (an HTTP request's, when
 * the caller sent one or tracing started one), as the configured propagator writes it; null when
 * no trace is active or the application has no tracer. Looked up lazily: the outbox is created
 * before tracing's beans may be.
 */
final class TraceParents implements Supplier<String> {

    private final ObjectProvider<Tracer> tracers;
    private final ObjectProvider<Propagator> propagators;

    TraceParents(ObjectProvider<Tracer> tracers, ObjectProvider<Propagator> propagators) {
        this.tracers = tracers;
        this.propagators = propagators;
    }

    @Override
    public String get() {
        Tracer tracer = tracers.getIfUnique();
        Propagator propagator = propagators.getIfUnique();
        if (tracer == null || propagator == null) {
            return null;
        }
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier.get("traceparent");
    }
}
