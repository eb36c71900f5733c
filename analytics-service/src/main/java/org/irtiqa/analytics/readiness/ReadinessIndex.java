package org.irtiqa.analytics.readiness;

import static org.irtiqa.analytics.readiness.ReadinessMethod.ATTENDANCE_WEIGHT;
import static org.irtiqa.analytics.readiness.ReadinessMethod.COMPLETION_WEIGHT;
import static org.irtiqa.analytics.readiness.ReadinessMethod.LEVEL_COVERAGE_WEIGHT;
import static org.irtiqa.analytics.readiness.ReadinessMethod.PROFICIENCY_WEIGHT;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code 100 × (0.35·A + 0.35·P/100 + 0.15·C + 0.15·L)}, nulls taken as 0, rounded half-up first
 * to 6 decimals and then to one, so that arithmetic noise (74.49999999999999) never flips the
 * published figure (readiness-metrics.md); null when nothing is enrolled.
 */
public final class ReadinessIndex {

    private ReadinessIndex() {}

    public static Double of(
            long enrolled, Double attendanceRate, Double proficiency, Double completionRate, double levelCoverage) {
        if (enrolled == 0) {
            return null;
        }
        double a = attendanceRate == null ? 0 : attendanceRate;
        double p = proficiency == null ? 0 : proficiency;
        double c = completionRate == null ? 0 : completionRate;
        double v = 100
                * (ATTENDANCE_WEIGHT * a
                        + PROFICIENCY_WEIGHT * p / 100
                        + COMPLETION_WEIGHT * c
                        + LEVEL_COVERAGE_WEIGHT * levelCoverage);
        return BigDecimal.valueOf(v)
                .setScale(6, RoundingMode.HALF_UP)
                .setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
