package org.irtiqa.analytics.readiness;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A group's totals as a running sum over its cells' days: each day of a cell replaces that
 * cell's previous day in the sum, so the group is right on every day with only the days that
 * changed something read.
 */
final class GroupHistory {

    private final Map<String, CellHistory.Day> latest = new HashMap<>();
    private Totals totals = Totals.NONE;
    private final TreeMap<String, Totals> levels = new TreeMap<>();

    void add(CellHistory.Day day) {
        String key = day.institution() + '\u0000' + day.cohort() + '\u0000' + day.level();
        CellHistory.Day before = latest.put(key, day);
        Totals previous = before == null ? Totals.NONE : before.totals();
        totals = totals.plus(day.totals()).minus(previous);
        if (ReadinessMethod.LEVELS.contains(day.level())) {
            levels.merge(day.level(), day.totals().minus(previous), Totals::plus);
        }
    }

    /** The group as of the last day added. */
    Group now() {
        TreeMap<String, Totals> present = new TreeMap<>(levels);
        present.values().removeIf(level -> level.enrolled() == 0);
        return new Group(totals, present);
    }

    boolean isEmpty() {
        return latest.isEmpty();
    }
}
