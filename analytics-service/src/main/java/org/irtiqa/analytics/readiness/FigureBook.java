package org.irtiqa.analytics.readiness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One snapshot of what figures are read from: the cells, and the institutions and cohorts known.
 * Every group is the sum of its cells (readiness-metrics.md: aggregates over the union of
 * enrolments, never means of means), with the lastEventAt of its institutions' own events.
 */
final class FigureBook {

    record Institution(
            String code, String nameEn, String nameAr, String governorate, String sector, Instant lastEventAt) {}

    record Cohort(String code, String nameEn, String nameAr, LocalDate startsOn, LocalDate endsOn) {}

    private final List<Cell> cells;
    final Map<String, Institution> institutions;
    final Map<String, Cohort> cohorts;

    FigureBook(List<Cell> cells, Map<String, Institution> institutions, Map<String, Cohort> cohorts) {
        this.cells = cells;
        this.institutions = new TreeMap<>(institutions);
        this.cohorts = new TreeMap<>(cohorts);
    }

    /** Every enrolment, its institution known or not, and every institution's own events. */
    Group programme() {
        return group(cell -> true, institutions.keySet());
    }

    /** The institution's enrolments, of one cohort when {@code cohort} is not null. */
    Group institution(String code, String cohort) {
        return group(
                cell -> cell.institution().equals(code)
                        && (cohort == null || cell.cohort().equals(cohort)),
                List.of(code));
    }

    Group governorate(String governorate) {
        return group(cell -> governorate.equals(governorateOf(cell.institution())), institutionsOf(governorate));
    }

    /** The cohort's enrolments (institutions known or not), with the events of the known institutions in it. */
    Group cohort(String code) {
        return group(cell -> cell.cohort().equals(code), institutionsIn(code));
    }

    /** The part of a group that is institution {@code own}'s (a coordinator's), or EMPTY. */
    Group ownPart(String own, Predicate<Cell> inGroup) {
        if (own == null) {
            return Group.EMPTY;
        }
        return Group.of(cells.stream()
                .filter(c -> c.institution().equals(own) && inGroup.test(c))
                .toList());
    }

    /** The known institutions with any enrolment in cohort {@code code}, by code. */
    List<String> institutionsIn(String code) {
        return cells.stream()
                .filter(c -> c.cohort().equals(code) && institutions.containsKey(c.institution()))
                .map(Cell::institution)
                .distinct()
                .sorted()
                .toList();
    }

    /** Distinct known institutions with an active enrolment in cohort {@code code}. */
    long activeInstitutionsIn(String code) {
        return cells.stream()
                .filter(c -> c.cohort().equals(code)
                        && c.totals().enrolled() > 0
                        && institutions.containsKey(c.institution()))
                .map(Cell::institution)
                .distinct()
                .count();
    }

    List<String> institutionsOf(String governorate) {
        List<String> codes = new ArrayList<>();
        institutions.values().forEach(i -> {
            if (i.governorate().equals(governorate)) {
                codes.add(i.code());
            }
        });
        return codes;
    }

    String governorateOf(String institution) {
        Institution known = institutions.get(institution);
        return known == null ? null : known.governorate();
    }

    private Group group(Predicate<Cell> member, Collection<String> institutionCodes) {
        Group group = Group.of(cells.stream().filter(member).toList());
        for (String code : institutionCodes) {
            Institution known = institutions.get(code);
            if (known != null) {
                group = group.seenAt(known.lastEventAt());
            }
        }
        return group;
    }
}
