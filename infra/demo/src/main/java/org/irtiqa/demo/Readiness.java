package org.irtiqa.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** The figures of readiness-metrics.md for one group of enrolments, as this module computes them. */
public record Readiness(
        long enrolled,
        long completed,
        long withdrawn,
        long expectedAttendance,
        long attended,
        Double attendanceRate,
        Double proficiency,
        Double growth,
        Double completionRate,
        double levelCoverage,
        double readinessIndex,
        Map<String, Double> themeScores) {

    /** {@code 100 × (0.35·A + 0.35·P/100 + 0.15·C + 0.15·L)}, nulls as 0, rounded half-up to 6 then 1 decimal. */
    static double index(Double attendanceRate, Double proficiency, Double completionRate, double levelCoverage) {
        double v = 100
                * (0.35 * orZero(attendanceRate)
                        + 0.35 * orZero(proficiency) / 100
                        + 0.15 * orZero(completionRate)
                        + 0.15 * levelCoverage);
        return BigDecimal.valueOf(v)
                .setScale(6, RoundingMode.HALF_UP)
                .setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
