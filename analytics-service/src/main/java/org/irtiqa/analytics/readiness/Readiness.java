package org.irtiqa.analytics.readiness;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of readiness-metrics.md for one group of enrolments (an institution, a governorate,
 * the programme). Rates and means are unrounded and null where the definition says undefined;
 * only {@link #readinessIndex} is rounded (see {@link ReadinessIndex}).
 */
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
        Map<String, Double> themeScores,
        Instant lastEventAt) {

    public Readiness {
        themeScores = Collections.unmodifiableSortedMap(
                new TreeMap<>(themeScores)); // sorted: stable JSON and a stable fingerprint
    }

    /** Finishes the figures from the group's sums, which SQL computed set-based. */
    static Readiness of(GroupSums sums, Map<String, Double> themeScores, Instant lastEventAt) {
        Double attendanceRate =
                sums.expectedAttendance() == 0 ? null : (double) sums.attended() / sums.expectedAttendance();
        Double proficiency = themeScores.isEmpty() ? null : mean(new TreeMap<>(themeScores));
        Double growth = sums.growthPairs() == 0 ? null : sums.growthSum() / sums.growthPairs();
        Double completionRate = sums.enrolled() == 0 ? null : (double) sums.completed() / sums.enrolled();
        double levelCoverage = sums.levels() / 4.0;
        return new Readiness(
                sums.enrolled(),
                sums.completed(),
                sums.withdrawn(),
                sums.expectedAttendance(),
                sums.attended(),
                attendanceRate,
                proficiency,
                growth,
                completionRate,
                levelCoverage,
                ReadinessIndex.of(attendanceRate, proficiency, completionRate, levelCoverage),
                themeScores,
                lastEventAt);
    }

    private static double mean(SortedMap<String, Double> scores) {
        double sum = 0;
        for (double score : scores.values()) {
            sum += score;
        }
        return sum / scores.size();
    }
}
