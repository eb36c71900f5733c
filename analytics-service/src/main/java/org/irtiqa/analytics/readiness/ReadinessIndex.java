package org.irtiqa.analytics.readiness;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code 100 × (0.35·A + 0.35·P/100 + 0.15·C + 0.15·L)}, nulls taken as 0, rounded half-up first
 * to 6 decimals and then to one, so that arithmetic noise (74.49999999999999) never flips the
 * published figure (readiness-metrics.md).
 */
public final class ReadinessIndex {

    private ReadinessIndex() {}

    public static double of(Double attendanceRate, Double proficiency, Double completionRate, double levelCoverage) {
        double a = attendanceRate == null ? 0 : attendanceRate;
        double p = proficiency == null ? 0 : proficiency;
        double c = completionRate == null ? 0 : completionRate;
        double v = 100 * (0.35 * a + 0.35 * p / 100 + 0.15 * c + 0.15 * levelCoverage);
        return BigDecimal.valueOf(v)
                .setScale(6, RoundingMode.HALF_UP)
                .setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
