package org.irtiqa.analytics.rebuild;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The rebuild's gauges, as of its last check (every {@code analytics.rebuild.check-interval}):
 * {@code irtiqa.analytics.rebuild.running} (1 while one runs) and
 * {@code irtiqa.analytics.rebuild.progress} (ratio: input records the intake group has committed,
 * out of those up to the partitions' ends; 1 when none runs).
 */
@Component
class RebuildMetrics {

    RebuildMetrics(Rebuilds rebuilds, MeterRegistry registry) {
        Gauge.builder("irtiqa.analytics.rebuild.running", rebuilds, r -> r.running() ? 1 : 0)
                .description("1 while a rebuild from offset 0 runs")
                .register(registry);
        Gauge.builder("irtiqa.analytics.rebuild.progress", rebuilds, Rebuilds::progress)
                .description("Share of the input records the running rebuild has folded (1 when none runs)")
                .baseUnit("ratio")
                .register(registry);
    }
}
