package org.irtiqa.support.outbox;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;

/**
 * The W3C {@code traceparent} of the trace active on the calling thread (an HTTP request's, when
 * the caller sent one or tracing started one), as the configured propagator writes it; null when
 * no trace is active or the application has no tracer. The tracer and propagator are looked up
 * on first use (the outbox is created before tracing's beans may be), not on every append.
 */
final class TraceParents implements Supplier<String> {

    private final SingletonSupplier<Tracer> tracer;
    private final SingletonSupplier<Propagator> propagator;

    TraceParents(ObjectProvider<Tracer> tracers, ObjectProvider<Propagator> propagators) {
        this.tracer = SingletonSupplier.of(tracers::getIfUnique);
        this.propagator = SingletonSupplier.of(propagators::getIfUnique);
    }

    @Override
    public String get() {
        Tracer tracer = this.tracer.get();
        Propagator propagator = this.propagator.get();
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
