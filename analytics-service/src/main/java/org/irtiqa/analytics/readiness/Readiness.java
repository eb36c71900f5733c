package org.irtiqa.analytics.readiness;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of readiness-metrics.md for one group of enrolments, as one caller may see them.
 * Rates and means are unrounded and null where the definition says undefined; only
 * {@link #readinessIndex} is rounded (see {@link ReadinessIndex}). A suppressed group shows only
 * enrolled, completed, withdrawn and lastEventAt; its other figures, {@code themeScores} and
 * {@code levels} are null.
 */
public record Readiness(
        long enrolled,
        long completed,
        long withdrawn,
        Long expectedAttendance,
        Long attended,
        Double attendanceRate,
        Double proficiency,
        Double growth,
        Double completionRate,
        Double levelCoverage,
        Double readinessIndex,
        Band band,
        Long atRisk,
        Map<String, Double> themeScores,
        Map<String, LevelReadiness> levels,
        boolean suppressed,
        Instant lastEventAt) {

    public Readiness {
        // sorted: stable JSON and a stable fingerprint
        themeScores = themeScores == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(themeScores));
        levels = levels == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(levels));
    }

    /** The figures of {@code group} as shown with {@code disclosure}, its level cells with theirs. */
    static Readiness of(Group group, Disclosure disclosure, Map<String, Disclosure> levelDisclosures) {
        Totals t = group.totals();
        if (disclosure == Disclosure.SUPPRESSED) {
            return new Readiness(
                    t.enrolled(),
                    t.completed(),
                    t.withdrawn(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Band.SUPPRESSED,
                    null,
                    null,
                    null,
                    true,
                    t.lastEventAt());
        }
        Double attendanceRate = t.attendanceRate();
        Double proficiency = t.proficiency();
        Double completionRate = t.completionRate();
        double levelCoverage = group.levelCoverage();
        Double index = ReadinessIndex.of(t.enrolled(), attendanceRate, proficiency, completionRate, levelCoverage);
        boolean full = disclosure == Disclosure.FULL;
        SortedMap<String, Double> themeScores = t.themeScores();
        if (!full) {
            themeScores.replaceAll(
                    (theme, score) -> SmallGroups.enough(t.themes().get(theme).count()) ? score : null);
        }
        TreeMap<String, LevelReadiness> levels = new TreeMap<>();
        group.levels()
                .forEach((level, totals) -> levels.put(level, LevelReadiness.of(totals, levelDisclosures.get(level))));
        return new Readiness(
                t.enrolled(),
                t.completed(),
                t.withdrawn(),
                t.expected(),
                t.attended(),
                attendanceRate,
                full || SmallGroups.enough(t.scored()) ? proficiency : null,
                full || SmallGroups.enough(t.paired()) ? t.growth() : null,
                completionRate,
                levelCoverage,
                index,
                Band.of(index),
                full ? Long.valueOf(t.atRisk()) : SmallGroups.atRisk(t.enrolled(), t.atRisk()),
                themeScores,
                levels,
                false,
                t.lastEventAt());
    }

    /** Everything, as analytics.readiness.v1 carries it. */
    static Readiness full(Group group) {
        Map<String, Disclosure> levels = new TreeMap<>();
        group.levels().keySet().forEach(level -> levels.put(level, Disclosure.FULL));
        return of(group, Disclosure.FULL, levels);
    }
}
