package org.irtiqa.analytics.readiness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.irtiqa.analytics.readiness.HistoryFacts.Assessment;
import org.irtiqa.analytics.readiness.HistoryFacts.Enrolment;
import org.irtiqa.analytics.readiness.HistoryFacts.Facts;
import org.irtiqa.analytics.readiness.HistoryFacts.Session;
import org.irtiqa.analytics.readiness.Totals.ThemeSum;

/**
 * readiness-metrics.md, "History", for cells: on each Asia/Muscat day d on which one of a cell's
 * facts has its business instant, the cell's totals over the facts before the end of d (00:00 of
 * d+1): an enrolment counts once enrolled, WITHDRAWN or COMPLETED only if that happened before the
 * end of d; a session is held as of d if it is held now and started before the end of d; an
 * attendance counts with its session; an assessment from its assessedAt. No atRisk (risk is about
 * today) and no lastEventAt (a history is about business time).
 */
final class CellHistory {

    static final ZoneId MUSCAT = ZoneId.of("Asia/Muscat");

    /** One cell's totals at the end of one day. */
    record Day(String institution, String cohort, String level, LocalDate day, Totals totals) {}

    private static final Comparator<Assessment> ORDER =
            Comparator.comparing(Assessment::assessedAt).thenComparing(Assessment::id);

    private CellHistory() {}

    /** The days of every cell of the facts' enrolments, by cell then day. */
    static List<Day> of(Facts facts) {
        Map<List<String>, List<Enrolment>> cells = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1))
                .thenComparing(k -> k.get(2)));
        for (Enrolment e : facts.enrolments()) {
            cells.computeIfAbsent(List.of(e.institution(), e.cohort(), e.level()), k -> new ArrayList<>())
                    .add(e);
        }
        List<Day> days = new ArrayList<>();
        cells.forEach((key, enrolments) -> {
            for (LocalDate day : changeDays(facts, enrolments)) {
                Instant end = day.plusDays(1).atStartOfDay(MUSCAT).toInstant();
                days.add(new Day(key.get(0), key.get(1), key.get(2), day, totalsBefore(facts, enrolments, end)));
            }
        });
        return days;
    }

    private static Set<LocalDate> changeDays(Facts facts, List<Enrolment> enrolments) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Enrolment e : enrolments) {
            add(days, e.startsAt());
            if (!e.status().equals("ENROLLED")) {
                add(days, e.statusAt());
            }
            facts.heldByCohort().getOrDefault(e.cohort(), List.of()).forEach(s -> add(days, s.at()));
            facts.assessments().getOrDefault(e.id(), List.of()).forEach(a -> add(days, a.assessedAt()));
        }
        return days;
    }

    private static void add(Set<LocalDate> days, Instant at) {
        if (at != null) {
            days.add(LocalDate.ofInstant(at, MUSCAT));
        }
    }

    private static boolean before(Instant at, Instant end) {
        return at.isBefore(end);
    }

    private static Totals totalsBefore(Facts facts, List<Enrolment> enrolments, Instant end) {
        long enrolled = 0, completed = 0, withdrawn = 0, expected = 0, attended = 0, scored = 0, paired = 0;
        long growthPairs = 0;
        double growthSum = 0;
        Map<String, ThemeSum> themes = new LinkedHashMap<>();
        for (Enrolment e : enrolments) {
            if (!before(e.startsAt(), end)) {
                continue;
            }
            boolean ended = !e.status().equals("ENROLLED") && before(e.statusAt(), end);
            if (ended && e.status().equals("WITHDRAWN")) {
                withdrawn++;
                continue;
            }
            enrolled++;
            if (ended) {
                completed++;
            }
            Set<UUID> own = facts.attended().getOrDefault(e.id(), Set.of());
            for (Session s : facts.heldByCohort().getOrDefault(e.cohort(), List.of())) {
                if (before(s.at(), end)) {
                    expected++;
                    if (own.contains(s.id())) {
                        attended++;
                    }
                }
            }
            Map<String, Assessment> latest = new TreeMap<>();
            Map<String, Assessment> baseline = new TreeMap<>();
            for (Assessment a : facts.assessments().getOrDefault(e.id(), List.of())) {
                if (!a.assessedAt().isBefore(end)) {
                    continue;
                }
                if (a.baseline()) {
                    baseline.merge(a.theme(), a, (x, y) -> ORDER.compare(x, y) <= 0 ? x : y);
                } else {
                    latest.merge(a.theme(), a, (x, y) -> ORDER.compare(x, y) >= 0 ? x : y);
                }
            }
            boolean hasPair = false;
            for (Map.Entry<String, Assessment> l : latest.entrySet()) {
                themes.merge(l.getKey(), new ThemeSum(l.getValue().score(), 1), ThemeSum::plus);
                Assessment b = baseline.get(l.getKey());
                if (b != null) {
                    growthSum += l.getValue().score() - b.score();
                    growthPairs++;
                    hasPair = true;
                }
            }
            scored += latest.isEmpty() ? 0 : 1;
            paired += hasPair ? 1 : 0;
        }
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
                0,
                new TreeMap<>(themes),
                null);
    }
}
