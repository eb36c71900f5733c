package org.irtiqa.analytics.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readiness of the programme, institutions, governorates and cohorts as one caller may see them
 * ({@link SmallGroups}), added up from the cells the intake keeps ({@link CellReader}). Each answer
 * is computed once per {@link ServedVersion}, from one snapshot even while batches commit
 * ({@link ViewCache}); asked again, it costs one read of the version. Lists are ordered by
 * readinessIndex as the caller sees it, descending, nulls last, then by code; suppression among siblings (rule 3) is decided over the whole list, so one group read
 * alone shows what it shows in its list.
 */
@Component
public class ReadinessQueries {

    /**
     * Every read takes this advisory lock shared, before touching a table; the swap at the end of
     * a rebuild takes it exclusively, also first. Without it, a read holding one table and the swap
     * holding another deadlock (the planner locks tables in its own order).
     */
    public static final long SERVING_LOCK = 0x6972_7469_7161_0002L;

    private final CellReader cells;
    private final ViewCache views;
    private final JdbcClient jdbc;

    ReadinessQueries(CellReader cells, ViewCache views, JdbcClient jdbc) {
        this.cells = cells;
        this.views = views;
        this.jdbc = jdbc;
    }

    public Readiness programme(SmallGroups audience) {
        return views.answer(List.of("programme", audience), () -> programme(book(), audience));
    }

    private static Readiness programme(FigureBook book, SmallGroups audience) {
        Group programme = book.programme();
        Group own = book.ownPart(audience.ownInstitution(), cell -> true);
        return show(audience, programme, audience.disclose(programme, false, own));
    }

    /** Every known institution, or those with an enrolment in {@code cohort} (then their part of it). */
    public List<InstitutionReadiness> institutions(SmallGroups audience, String cohort) {
        return views.answer(
                List.of("institutions", audience, String.valueOf(cohort)),
                () -> institutions(book(), audience, cohort));
    }

    private static List<InstitutionReadiness> institutions(FigureBook book, SmallGroups audience, String cohort) {
        List<String> codes = cohort == null ? List.copyOf(book.institutions.keySet()) : book.institutionsIn(cohort);
        // rule 3: the children of each governorate, or of the cohort
        Function<String, String> parent = cohort == null ? book::governorateOf : code -> cohort;
        Map<String, List<String>> siblings = new HashMap<>();
        codes.forEach(code -> siblings.computeIfAbsent(parent.apply(code), p -> new ArrayList<>())
                .add(code));
        List<InstitutionReadiness> shown = new ArrayList<>();
        siblings.forEach((p, children) -> {
            List<Group> groups = children.stream()
                    .map(code -> book.institution(code, cohort))
                    .toList();
            List<Disclosure> disclosures = new ArrayList<>();
            if ("UNKNOWN".equals(p)) { // no parent is served: no sibling to subtract from
                for (int i = 0; i < children.size(); i++) {
                    disclosures.add(audience.disclose(groups.get(i), audience.isOwn(children.get(i)), Group.EMPTY));
                }
            } else {
                disclosures.addAll(audience.disclose(
                        groups,
                        children.stream().map(audience::isOwn).toList(),
                        groups.stream().map(g -> Group.EMPTY).toList()));
            }
            for (int i = 0; i < children.size(); i++) {
                FigureBook.Institution known = book.institutions.get(children.get(i));
                shown.add(new InstitutionReadiness(
                        known.code(),
                        known.nameEn(),
                        known.nameAr(),
                        known.governorate(),
                        known.sector(),
                        show(audience, groups.get(i), disclosures.get(i))));
            }
        });
        shown.sort(byIndexThen(InstitutionReadiness::figures, InstitutionReadiness::institutionCode));
        return List.copyOf(shown);
    }

    public Optional<InstitutionReadiness> institution(SmallGroups audience, String code, String cohort) {
        return institutions(audience, cohort).stream()
                .filter(i -> i.institutionCode().equals(code))
                .findFirst()
                .or(() -> cohort == null ? Optional.empty() : notInCohort(audience, code));
    }

    /** A known institution with no enrolment in the cohort: nothing to measure there yet. */
    private Optional<InstitutionReadiness> notInCohort(SmallGroups audience, String code) {
        return views.answer(List.of("not in the cohort", audience, code), () -> {
            FigureBook.Institution known = book().institutions.get(code);
            if (known == null) {
                return Optional.empty();
            }
            return Optional.of(new InstitutionReadiness(
                    code,
                    known.nameEn(),
                    known.nameAr(),
                    known.governorate(),
                    known.sector(),
                    show(audience, Group.EMPTY.seenAt(known.lastEventAt()), Disclosure.FULL)));
        });
    }

    /** One per governorate that has known institutions, in enum-name order. */
    public List<GovernorateReadiness> governorates(SmallGroups audience) {
        return views.answer(List.of("governorates", audience), () -> governorates(book(), audience));
    }

    private static List<GovernorateReadiness> governorates(FigureBook book, SmallGroups audience) {
        List<String> names = book.institutions.values().stream()
                .map(FigureBook.Institution::governorate)
                .filter(g -> !g.equals("UNKNOWN"))
                .distinct()
                .sorted()
                .toList();
        List<Group> groups = names.stream().map(book::governorate).toList();
        List<Group> own = names.stream()
                .map(g -> book.ownPart(
                        audience.ownInstitution(), cell -> g.equals(book.governorateOf(cell.institution()))))
                .toList();
        List<Disclosure> disclosures = audience.disclose(groups, noneOwn(groups), own);
        List<GovernorateReadiness> shown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            shown.add(new GovernorateReadiness(
                    names.get(i),
                    book.institutionsOf(names.get(i)).size(),
                    show(audience, groups.get(i), disclosures.get(i))));
        }
        shown.sort(byIndexThen(GovernorateReadiness::figures, GovernorateReadiness::governorate));
        return List.copyOf(shown);
    }

    public Optional<GovernorateReadiness> governorate(SmallGroups audience, String governorate) {
        return governorates(audience).stream()
                .filter(g -> g.governorate().equals(governorate))
                .findFirst();
    }

    /** Every cohort whose CohortCreated or CohortUpdated is known. */
    public List<CohortReadiness> cohorts(SmallGroups audience) {
        return views.answer(List.of("cohorts", audience), () -> cohorts(book(), audience));
    }

    private static List<CohortReadiness> cohorts(FigureBook book, SmallGroups audience) {
        List<FigureBook.Cohort> known = List.copyOf(book.cohorts.values());
        List<Group> groups = known.stream().map(c -> book.cohort(c.code())).toList();
        List<Group> own = known.stream()
                .map(c -> book.ownPart(
                        audience.ownInstitution(), cell -> cell.cohort().equals(c.code())))
                .toList();
        List<Disclosure> disclosures = audience.disclose(groups, noneOwn(groups), own);
        List<CohortReadiness> shown = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            FigureBook.Cohort c = known.get(i);
            shown.add(new CohortReadiness(
                    c.code(),
                    c.nameEn(),
                    c.nameAr(),
                    c.startsOn(),
                    c.endsOn(),
                    book.activeInstitutionsIn(c.code()),
                    show(audience, groups.get(i), disclosures.get(i))));
        }
        shown.sort(byIndexThen(CohortReadiness::figures, CohortReadiness::cohortCode));
        return List.copyOf(shown);
    }

    public Optional<CohortReadiness> cohort(SmallGroups audience, String code) {
        return cohorts(audience).stream()
                .filter(c -> c.cohortCode().equals(code))
                .findFirst();
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public boolean cohortKnown(String code) {
        return jdbc.sql("select exists (select 1 from cohort where code = :code)")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    /** Groups that are not institutions: none is a coordinator's own. */
    private static List<Boolean> noneOwn(List<Group> groups) {
        return groups.stream().map(g -> false).toList();
    }

    private static Readiness show(SmallGroups audience, Group group, Disclosure disclosure) {
        return Readiness.of(group, disclosure, audience.levels(group, disclosure));
    }

    private static <T> Comparator<T> byIndexThen(Function<T, Readiness> figures, Function<T, String> code) {
        return Comparator.comparing(
                        (T t) -> figures.apply(t).readinessIndex(),
                        Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                .thenComparing(code);
    }

    /** Called first in every read's transaction, before any table is touched (see {@link #SERVING_LOCK}). */
    static void lockServing(JdbcClient jdbc) {
        jdbc.sql("select pg_advisory_xact_lock_shared(?)")
                .param(SERVING_LOCK)
                .query()
                .singleRow();
    }

    /** Inside {@link ViewCache}'s snapshot, the serving lock taken. */
    private FigureBook book() {
        Map<String, FigureBook.Institution> institutions = new HashMap<>();
        jdbc.sql("select code, name_en, name_ar, governorate, sector, last_event_at from institution")
                .query((rs, row) -> new FigureBook.Institution(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list()
                .forEach(i -> institutions.put(i.code(), i));
        Map<String, FigureBook.Cohort> cohorts = new HashMap<>();
        jdbc.sql("select code, name_en, name_ar, starts_on, ends_on from cohort")
                .query((rs, row) -> new FigureBook.Cohort(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .list()
                .forEach(c -> cohorts.put(c.code(), c));
        CellReader.Cells current = cells.current();
        return new FigureBook(current.all(), institutions, cohorts);
    }

    /** The institutions' figures in full, as analytics.readiness.v1 carries them, read inside the caller's transaction. */
    public List<InstitutionReadiness> published(List<String> codes) {
        String[] keys = codes.toArray(String[]::new);
        List<InstitutionReadiness> figures = new ArrayList<>();
        Map<String, List<Cell>> byInstitution = new HashMap<>();
        for (Cell cell : cells.ofInstitutions(keys)) {
            byInstitution
                    .computeIfAbsent(cell.institution(), k -> new ArrayList<>())
                    .add(cell);
        }
        jdbc.sql("select code, name_en, name_ar, governorate, sector, last_event_at from institution"
                        + " where code = any(:codes) order by code")
                .param("codes", keys)
                .query((rs, row) -> new InstitutionReadiness(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        Readiness.full(Group.of(byInstitution.getOrDefault(rs.getString(1), List.of()))
                                .seenAt(rs.getTimestamp(6).toInstant()))))
                .list()
                .forEach(figures::add);
        return figures;
    }
}
