package org.irtiqa.analytics.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Times the phases of applying a batch ({@code analytics.intake.phase}, tag {@code phase}: batch,
 * the whole transaction, and within it claim, state, summaries, marking; publish, the publication
 * after it, lock wait included; and flush, a publication's work, after a batch or scheduled),
 * so that an operator, or the benchmark, sees where intake time goes. One timer per phase, made
 * on first use, so a batch only looks its timers up.
 */
@Component
class IntakePhases {

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    IntakePhases(MeterRegistry registry) {
        this.registry = registry;
    }

    <T> T time(String phase, Supplier<T> step) {
        return timer(phase).record(step);
    }

    void time(String phase, Runnable step) {
        timer(phase).record(step);
    }

    private Timer timer(String phase) {
        return timers.computeIfAbsent(phase, p -> Timer.builder("analytics.intake.phase")
                .description("Time spent applying batches of events, per phase")
                .tag("phase", p)
                .register(registry));
    }
}
