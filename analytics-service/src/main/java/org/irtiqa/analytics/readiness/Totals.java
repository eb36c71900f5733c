package org.irtiqa.analytics.readiness;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a set of enrolments adds up to: every field sums (or, for lastEventAt, takes the greatest)
 * over disjoint sets, so the totals of any group are the sum of its cells' totals. The figures of
 * readiness-metrics.md are ratios of these ({@link Readiness}); the counts of contributors
 * ({@code scored}, {@code paired}, {@link ThemeSum#count}) are what small-group suppression needs.
 *
 * @param scored active enrolments with a latest score in some theme
 * @param paired active enrolments with a baseline and a latest score in some theme
 * @param growthSum Σ (latest − baseline) over the {@code growthPairs} (enrolment, theme) pairs
 * @param themes per theme, Σ and count of latest(e, k) over the active enrolments that have one
 */
record Totals(
        long enrolled,
        long completed,
        long withdrawn,
        long expected,
        long attended,
        long scored,
        long paired,
        double growthSum,
        long growthPairs,
        long atRisk,
        SortedMap<String, ThemeSum> themes,
        Instant lastEventAt) {

    static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new TreeMap<>(), null);

    record ThemeSum(double sum, long count) {
        ThemeSum plus(ThemeSum other) {
            return new ThemeSum(sum + other.sum, count + other.count);
        }
    }

    Totals {
        themes = Collections.unmodifiableSortedMap(new TreeMap<>(themes));
    }

    Totals plus(Totals o) {
        TreeMap<String, ThemeSum> sums = new TreeMap<>(themes);
        o.themes.forEach((theme, sum) -> sums.merge(theme, sum, ThemeSum::plus));
        return new Totals(
                enrolled + o.enrolled,
                completed + o.completed,
                withdrawn + o.withdrawn,
                expected + o.expected,
                attended + o.attended,
                scored + o.scored,
                paired + o.paired,
                growthSum + o.growthSum,
                growthPairs + o.growthPairs,
                atRisk + o.atRisk,
                sums,
                later(lastEventAt, o.lastEventAt));
    }

    /** These totals without {@code o}'s, a part of them (a history's running sum replaces a cell's day by its next). */
    Totals minus(Totals o) {
        TreeMap<String, ThemeSum> sums = new TreeMap<>(themes);
        o.themes.forEach((theme, sum) -> sums.merge(theme, new ThemeSum(-sum.sum(), -sum.count()), ThemeSum::plus));
        sums.values().removeIf(sum -> sum.count() == 0);
        return new Totals(
                enrolled - o.enrolled,
                completed - o.completed,
                withdrawn - o.withdrawn,
                expected - o.expected,
                attended - o.attended,
                scored - o.scored,
                paired - o.paired,
                growthSum - o.growthSum,
                growthPairs - o.growthPairs,
                atRisk - o.atRisk,
                sums,
                lastEventAt);
    }

    /** The same totals with a later lastEventAt if {@code at} is (an institution's own events). */
    Totals seenAt(Instant at) {
        return new Totals(
                enrolled,
                completed,
                withdrawn,
                expected,
                attended,
                scored,
                paired,
                growthSum,
                growthPairs,
                atRisk,
                themes,
                later(lastEventAt, at));
    }

    Double attendanceRate() {
        return expected == 0 ? null : (double) attended / expected;
    }

    Double completionRate() {
        return enrolled == 0 ? null : (double) completed / enrolled;
    }

    Double growth() {
        return growthPairs == 0 ? null : growthSum / growthPairs;
    }

    /** Mean latest score per theme present. */
    SortedMap<String, Double> themeScores() {
        TreeMap<String, Double> scores = new TreeMap<>();
        themes.forEach((theme, sum) -> scores.put(theme, sum.sum() / sum.count()));
        return scores;
    }

    /** The mean of the theme scores over the themes present; null when none is. */
    Double proficiency() {
        if (themes.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (double score : themeScores().values()) {
            sum += score;
        }
        return sum / themes.size();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
