package org.irtiqa.analytics.readiness;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A group of enrolments as the sum of its cells: its totals, and the totals of each named
 * leadership level that has an active enrolment in it (its {@code levels} cells).
 */
record Group(Totals totals, SortedMap<String, Totals> levels) {

    static final Group EMPTY = new Group(Totals.NONE, new TreeMap<>());

    Group {
        levels = Collections.unmodifiableSortedMap(new TreeMap<>(levels));
    }

    /** Cells added in the order given; callers pass them in a fixed order, so the same state gives the same bits. */
    static Group of(Collection<Cell> cells) {
        Totals totals = Totals.NONE;
        TreeMap<String, Totals> levels = new TreeMap<>();
        for (Cell cell : cells) {
            totals = totals.plus(cell.totals());
            if (ReadinessMethod.LEVELS.contains(cell.level())) {
                levels.merge(cell.level(), cell.totals(), Totals::plus);
            }
        }
        levels.values().removeIf(level -> level.enrolled() == 0);
        return new Group(totals, levels);
    }

    Group seenAt(Instant at) {
        return new Group(totals.seenAt(at), levels);
    }

    /** levelCoverage: the named levels with an active enrolment, of four. */
    double levelCoverage() {
        return levels.size() / (double) ReadinessMethod.LEVELS.size();
    }

    long enrolled() {
        return totals.enrolled();
    }
}
