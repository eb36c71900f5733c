package org.irtiqa.analytics.readiness;

import java.time.LocalDate;

/** One day of a group's history (readiness-metrics.md, "History"); no atRisk: risk is about today. */
public record HistoryEntry(
        LocalDate date,
        long enrolled,
        long completed,
        long withdrawn,
        Double attendanceRate,
        Double proficiency,
        Double growth,
        Double completionRate,
        Double levelCoverage,
        Double readinessIndex,
        Band band,
        boolean suppressed) {

    static HistoryEntry of(LocalDate date, Group group, Disclosure disclosure) {
        Totals t = group.totals();
        if (disclosure == Disclosure.SUPPRESSED) {
            return new HistoryEntry(
                    date,
                    t.enrolled(),
                    t.completed(),
                    t.withdrawn(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Band.SUPPRESSED,
                    true);
        }
        boolean full = disclosure == Disclosure.FULL;
        Double index = ReadinessIndex.of(
                t.enrolled(), t.attendanceRate(), t.proficiency(), t.completionRate(), group.levelCoverage());
        return new HistoryEntry(
                date,
                t.enrolled(),
                t.completed(),
                t.withdrawn(),
                t.attendanceRate(),
                full || SmallGroups.enough(t.scored()) ? t.proficiency() : null,
                full || SmallGroups.enough(t.paired()) ? t.growth() : null,
                t.completionRate(),
                group.levelCoverage(),
                index,
                Band.of(index),
                false);
    }
}
