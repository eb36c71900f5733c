package org.irtiqa.analytics.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Times the phases of applying a batch ({@code analytics.intake.phase}, tag {@code phase}: claim,
 * state, summaries, publish), so that an operator, or the benchmark, sees where intake time goes.
 */
@Component
class IntakePhases {

    private final MeterRegistry registry;

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
        return Timer.builder("analytics.intake.phase")
                .description("Time spent applying batches of events, per phase")
                .tag("phase", phase)
                .register(registry);
    }
}
