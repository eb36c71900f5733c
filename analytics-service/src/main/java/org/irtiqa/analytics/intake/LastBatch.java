package org.irtiqa.analytics.intake;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code irtiqa.analytics.intake.last.batch.age} (seconds): how long ago this instance last applied a
 * batch (committed), counted from its start until the first one. Growing while the consumer lag is
 * above 0 means the intake is stuck; growing with no lag only means nothing happened.
 */
@Component
class LastBatch {

    private volatile long appliedAt = System.nanoTime();

    LastBatch(MeterRegistry registry) {
        Gauge.builder("irtiqa.analytics.intake.last.batch.age", this, LastBatch::ageSeconds)
                .description(
                        "Time since this instance last applied a batch of events (since its start before the first)")
                .baseUnit("seconds")
                .register(registry);
    }

    void applied() {
        appliedAt = System.nanoTime();
    }

    double ageSeconds() {
        return (System.nanoTime() - appliedAt) / 1e9;
    }
}
