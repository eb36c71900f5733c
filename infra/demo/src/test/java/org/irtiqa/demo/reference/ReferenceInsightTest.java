package org.irtiqa.demo.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.irtiqa.demo.reference.TestEvents.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.irtiqa.demo.reference.ReferenceView.Caller;
import org.irtiqa.demo.reference.ReferenceView.Served;
import org.junit.jupiter.api.Test;

/** The insight figures of the reference on cases computed by hand from readiness-metrics.md. */
class ReferenceInsightTest {

    private static final Instant T = Instant.parse("2026-11-01T06:00:00Z");

    private final ReferenceState state = new ReferenceState();

    @Test
    void computesTheWorkedExampleWithBandLevelsAndProgress() {
        String a = id(), b = id(), d = id();
        String pa = id(), pb = id(), pd = id();
        fold(institution("X", "AL_WUSTA", T));
        fold(enrolled(a, pa, "X", "C1", "TOP_LEADERSHIP", T.plusSeconds(1)));
        fold(enrolled(b, pb, "X", "C1", "EXECUTIVE_TEAM", T.plusSeconds(2)));
        fold(enrolled(d, pd, "X", "C1", "EXECUTIVE_TEAM", T.plusSeconds(3)));
        fold(completed(b, pb, "X", "C1", T.plusSeconds(100)));
        fold(withdrawn(d, pd, "X", "C1", T.plusSeconds(90)));
        for (int i = 0; i < 4; i++) {
            String s = id();
            held(s, "C1", T.plusSeconds(10 + i));
            fold(attended(s, pb, b, "X", "C1", T.plusSeconds(20 + i)));
            if (i < 3) {
                fold(attended(s, pa, a, "X", "C1", T.plusSeconds(20 + i)));
            }
            if (i < 2) {
                fold(attended(s, pd, d, "X", "C1", T.plusSeconds(20 + i)));
            }
        }
        score(pa, a, "X", "C1", "RISK_MANAGEMENT", "BASELINE", 40, T.plusSeconds(30));
        score(pa, a, "X", "C1", "RISK_MANAGEMENT", "FINAL", 70, T.plusSeconds(80));
        score(pb, b, "X", "C1", "RISK_MANAGEMENT", "MODULE", 60, T.plusSeconds(40));
        score(pb, b, "X", "C1", "RISK_MANAGEMENT", "MODULE", 80, T.plusSeconds(50));
        score(pb, b, "X", "C1", "LIFE_EVENT_JOURNEYS", "FINAL", 90, T.plusSeconds(60));

        Map<String, Object> x =
                ReferenceView.of(state, Caller.ADMIN).institutions().getFirst();
        assertThat(x)
                .contains(
                        entry("enrolled", 2L),
                        entry("withdrawn", 1L),
                        entry("readinessIndex", 74.5),
                        entry("band", "ON_TRACK"),
                        entry("atRisk", 0L),
                        entry("suppressed", false));
        assertThat(x.get("levels"))
                .isEqualTo(Map.of(
                        "TOP_LEADERSHIP", cell(1, 0.75, 70.0, 30.0, 0L, false),
                        "EXECUTIVE_TEAM", cell(1, 1.0, 85.0, null, 0L, false)));
        Map<String, Object> seen =
                ReferenceView.of(state, Caller.VIEWER).institutions().getFirst();
        assertThat(seen)
                .contains(
                        entry("enrolled", 2L),
                        entry("completed", 1L),
                        entry("band", "SUPPRESSED"),
                        entry("readinessIndex", null),
                        entry("themeScores", null),
                        entry("levels", null),
                        entry("suppressed", true));
        Map<String, Object> progressOfA = ReferenceProgress.of(state, "X").stream()
                .filter(r -> r.get("enrolmentId").equals(a))
                .findFirst()
                .orElseThrow();
        assertThat(progressOfA)
                .contains(
                        entry("attended", 3L),
                        entry("expected", 4L),
                        entry("attendanceRate", 0.75),
                        entry("proficiency", 70.0),
                        entry("flags", List.of()),
                        entry("atRisk", false),
                        entry("displayNameEn", null));
        assertThat(progressOfA.get("themes")).isEqualTo(Map.of("RISK_MANAGEMENT", theme(70.0, 40.0, 30.0)));
    }

    @Test
    void flagsLookOnlyAtSessionsHeldSinceTheEnrolment() {
        String before = id();
        held(before, "C1", T.minusSeconds(3600)); // before the enrolment: never in H(e)
        String e = id(), p = id();
        fold(enrolled(e, p, "X", "C1", "SENIOR_MANAGEMENT", T));
        List<String> after = List.of(id(), id(), id(), id());
        for (int i = 0; i < after.size(); i++) {
            held(after.get(i), "C1", T.plusSeconds(3600L * (i + 1)));
        }
        fold(attended(after.get(0), p, e, "X", "C1", T.plusSeconds(9000)));
        fold(attended(after.get(1), p, e, "X", "C1", T.plusSeconds(9000)));
        score(p, e, "X", "C1", "RISK_MANAGEMENT", "MODULE", 40, T.plusSeconds(100));
        score(p, e, "X", "C1", "LIFE_EVENT_JOURNEYS", "FINAL", 55, T.plusSeconds(100));
        // |H| = 4, 2 attended (< 60 %), the last three hold one attended, no baseline, mean 47.5
        assertThat(ReferenceRisk.flags(state, e)).containsExactly("LOW_ATTENDANCE", "NO_BASELINE", "LOW_PROFICIENCY");

        String f = id(), q = id();
        fold(enrolled(f, q, "X", "C1", "SENIOR_MANAGEMENT", T.minusSeconds(7200)));
        fold(attended(before, q, f, "X", "C1", T.plusSeconds(9000)));
        fold(attended(after.get(0), q, f, "X", "C1", T.plusSeconds(9000)));
        score(q, f, "X", "C1", "RISK_MANAGEMENT", "BASELINE", 80, T);
        score(q, f, "X", "C1", "RISK_MANAGEMENT", "FINAL", 60, T.plusSeconds(100));
        // |H| = 5, 2 attended, none of the last three; a baseline; one theme; 60 < 80
        assertThat(ReferenceRisk.flags(state, f)).containsExactly("LOW_ATTENDANCE", "MISSED_RECENT", "DECLINING");

        fold(completed(f, q, "X", "C1", T.plusSeconds(20_000)));
        assertThat(ReferenceRisk.flags(state, f)).isEmpty();
        List<Map<String, Object>> progress = ReferenceProgress.of(state, "X");
        assertThat(progress).extracting(r -> r.get("enrolmentId")).containsExactly(e, f);
    }

    @Test
    void tiesOnStartsAtGoToTheGreaterSessionId() {
        String e = id(), p = id();
        fold(enrolled(e, p, "X", "C1", "SENIOR_MANAGEMENT", T));
        String low = "00000000-0000-7000-8000-000000000001";
        String high = "ffffffff-0000-7000-8000-000000000001";
        String first = id();
        held(first, "C1", T.plusSeconds(10));
        held(high, "C1", T.plusSeconds(20));
        held(low, "C1", T.plusSeconds(20));
        assertThat(ReferenceRisk.sinceEnrolment(state, state.enrolments().get(e)))
                .containsExactly(first, low, high);
    }

    @Test
    void suppressesSmallGroupsFewContributorsAndTheSmallestSibling() {
        group("A", "MUSCAT", 1);
        group("B", "MUSCAT", 5);
        group("C", "MUSCAT", 4);
        group("D", "DHOFAR", 6);
        Served viewer = ReferenceView.of(state, Caller.VIEWER);
        assertThat(viewer.institutions())
                .extracting(i -> i.get("institutionCode") + ":" + i.get("suppressed"))
                .containsExactlyInAnyOrder("A:true", "B:false", "C:true", "D:false");
        // rule 2: two of B's five have a latest score; its atRisk of 0 stays (0 and 5)
        Map<String, Object> b = byCode(viewer.institutions(), "B");
        assertThat(b).contains(entry("proficiency", null), entry("growth", null), entry("atRisk", 0L));
        assertThat((Map<String, Object>) b.get("themeScores")).containsEntry("RISK_MANAGEMENT", null);
        assertThat(b.get("readinessIndex")).isNotNull();
        // one cell of B's is small (1 of SENIOR_MANAGEMENT), so the smallest other (TOP_LEADERSHIP, 4) goes too
        assertThat((Map<String, Map<String, Object>>) b.get("levels"))
                .hasEntrySatisfying("SENIOR_MANAGEMENT", c -> assertThat(c).containsEntry("suppressed", true))
                .hasEntrySatisfying(
                        "TOP_LEADERSHIP",
                        c -> assertThat(c).containsEntry("suppressed", true).containsEntry("attendanceRate", null));
        assertThat(viewer.institutions()) // the suppressed have no index as the viewer sees them: last
                .extracting(i -> i.get("institutionCode"))
                .endsWith("A", "C");
        assertThat(viewer.governorates()).allSatisfy(g -> assertThat(g).containsEntry("suppressed", false));

        Served admin = ReferenceView.of(state, Caller.ADMIN);
        assertThat(admin.institutions()).allSatisfy(i -> assertThat(i).containsEntry("suppressed", false));
        assertThat(byCode(admin.institutions(), "B")).containsEntry("proficiency", 70.0);

        Served coordinator = ReferenceView.of(state, Caller.coordinator("A")); // C as a viewer sees it
        assertThat(byCode(coordinator.institutions(), "A"))
                .contains(entry("suppressed", false), entry("proficiency", 60.0), entry("atRisk", 0L));
        assertThat(byCode(coordinator.institutions(), "C")).containsEntry("suppressed", true);
    }

    @Test
    void hidesAParentFromItsCoordinatorWhenTheRestIsOneOrTwo() {
        group("E", "AL_WUSTA", 4);
        group("F", "AL_WUSTA", 2);
        group("G", "MUSCAT", 5);
        Served viewer = ReferenceView.of(state, Caller.VIEWER);
        assertThat(byCode(viewer.institutions(), "F")).containsEntry("suppressed", true);
        assertThat(byCode(viewer.institutions(), "E")).containsEntry("suppressed", true); // rule 3
        Served coordinator = ReferenceView.of(state, Caller.coordinator("E"));
        assertThat(byCode(coordinator.institutions(), "E")).containsEntry("suppressed", false);
        assertThat(coordinator.governorates())
                .filteredOn(g -> g.get("governorate").equals("AL_WUSTA"))
                .singleElement()
                .satisfies(g -> assertThat(g).containsEntry("suppressed", true));
        assertThat(viewer.governorates()).allSatisfy(g -> assertThat(g).containsEntry("suppressed", false));
    }

    @Test
    void historyCountsEachFactOnTheMuscatDayOfItsBusinessInstant() {
        Instant oct2 = Instant.parse("2026-10-01T20:30:00Z"); // 00:30 on 2 October in Muscat
        String e = id(), p = id();
        fold(institution("X", "MUSCAT", oct2));
        fold(enrolled(e, p, "X", "C1", "TOP_LEADERSHIP", oct2));
        fold(completed(e, p, "X", "C1", Instant.parse("2026-10-09T00:00:00Z"), Instant.parse("2026-10-03T10:00:00Z")));
        Instant now = Instant.parse("2026-10-05T12:00:00Z");
        score(p, e, "X", "C1", "RISK_MANAGEMENT", "FINAL", 60, Instant.parse("2026-10-04T19:59:00Z"));
        score(p, e, "X", "C1", "RISK_MANAGEMENT", "MODULE", 90, now.plusSeconds(86_400));

        ReferenceHistory history = new ReferenceHistory(state, now);
        List<Map<String, Object>> days = history.of(x -> "X".equals(x.institution()), false);
        assertThat(days)
                .extracting(d -> d.get("date"))
                .containsExactly(
                        LocalDate.parse("2026-10-02"),
                        LocalDate.parse("2026-10-03"),
                        LocalDate.parse("2026-10-04"),
                        LocalDate.parse("2026-10-05"));
        assertThat(days).extracting(d -> d.get("completed")).containsExactly(0L, 1L, 1L, 1L);
        assertThat(days).extracting(d -> d.get("proficiency")).containsExactly(null, null, 60.0, 90.0);
        assertThat(days.get(1)).contains(entry("readinessIndex", 18.8), entry("band", "AT_RISK"));
        assertThat(history.of(x -> "X".equals(x.institution()), true)).allSatisfy(d -> assertThat(d)
                .contains(entry("suppressed", true), entry("band", "SUPPRESSED"), entry("attendanceRate", null)));
    }

    @Test
    void cohortsAndInstitutionsWithinThemFollowTheirEnrolments() {
        fold(institution("X", "MUSCAT", T));
        fold(institution("Y", "DHOFAR", T.plusSeconds(5))); // Z is never registered
        fold(cohortCreated("C1", LocalDate.parse("2026-10-01"), LocalDate.parse("2027-02-01"), T));
        fold(cohortUpdated(
                "C1", "C1 r1", LocalDate.parse("2026-10-01"), LocalDate.parse("2027-03-01"), 1, T.minusSeconds(60)));
        fold(cohortCreated("C2", LocalDate.parse("2026-10-01"), LocalDate.parse("2027-02-01"), T));
        for (int i = 0; i < 3; i++) {
            fold(enrolled(id(), id(), "X", "C1", "TOP_LEADERSHIP", T.plusSeconds(10 + i)));
        }
        String w = id(), pw = id();
        fold(enrolled(w, pw, "Y", "C1", "TOP_LEADERSHIP", T.plusSeconds(13)));
        fold(withdrawn(w, pw, "Y", "C1", T.plusSeconds(50)));
        fold(enrolled(id(), id(), "Z", "C1", "TOP_LEADERSHIP", T.plusSeconds(14)));
        for (int i = 0; i < 4; i++) {
            fold(enrolled(id(), id(), "Y", "C2", "EXECUTIVE_TEAM", T.plusSeconds(20 + i)));
        }
        fold(enrolled(id(), id(), "X", "C2", "EXECUTIVE_TEAM", T.plusSeconds(30)));
        String s1 = id(), s2 = id();
        fold(scheduled(s1, "C1", T.plusSeconds(40)));
        fold(rescheduled(s1, "C1", T.plusSeconds(86_400), 1, T.plusSeconds(100)));
        fold(scheduled(s2, "C2", T.plusSeconds(200)));

        Served admin = ReferenceView.of(state, Caller.ADMIN);
        assertThat(admin.cohorts()).extracting(c -> c.get("cohortCode")).containsExactlyInAnyOrder("C1", "C2");
        Map<String, Object> c1 = admin.cohorts().stream()
                .filter(c -> c.get("cohortCode").equals("C1"))
                .findFirst()
                .orElseThrow();
        assertThat(c1)
                .contains(
                        entry("nameEn", "C1 r1"),
                        entry("endsOn", LocalDate.parse("2027-03-01")),
                        entry("enrolled", 4L), // Z's counts in the cohort before Z is known
                        entry("withdrawn", 1L),
                        entry("institutions", 1L), // only X, known, has an active enrolment in C1
                        entry("lastEventAt", T.plusSeconds(100)));
        assertThat(admin.institutionsByCohort().get("C1"))
                .extracting(i -> i.get("institutionCode") + ":" + i.get("enrolled") + ":" + i.get("band"))
                .containsExactly("X:3:AT_RISK", "Y:0:NOT_STARTED");
        assertThat(admin.institutionsByCohort().get("C1").get(1))
                .contains(
                        entry("withdrawn", 1L),
                        entry("readinessIndex", null),
                        entry("lastEventAt", T.plusSeconds(100)));
        Served viewer = ReferenceView.of(state, Caller.VIEWER);
        assertThat(viewer.institutionsByCohort().get("C2")) // X alone in C2 is 1, so Y in C2 is hidden too
                .extracting(i -> i.get("institutionCode") + ":" + i.get("suppressed"))
                .containsExactly("X:true", "Y:true");
        assertThat(viewer.institutionsByCohort().get("C1"))
                .allSatisfy(i -> assertThat(i).containsEntry("suppressed", false));
        assertThat(viewer.cohorts()).allSatisfy(c -> assertThat(c).containsEntry("suppressed", false));
    }

    /** An institution of {@code n} enrolments: levels TOP_LEADERSHIP but one SENIOR_MANAGEMENT when n ≥ 5, two with scores. */
    private void group(String code, String governorate, int n) {
        fold(institution(code, governorate, T));
        for (int i = 0; i < n; i++) {
            String e = id(), p = id();
            String level = n >= 5 && i == 0 ? "SENIOR_MANAGEMENT" : "TOP_LEADERSHIP";
            fold(enrolled(e, p, code, "C1", level, T.plusSeconds(i)));
            if (i < 2) {
                score(p, e, code, "C1", "RISK_MANAGEMENT", "FINAL", 60 + 20 * i, T.plusSeconds(60));
            }
        }
    }

    private void held(String session, String cohort, Instant startsAt) {
        fold(scheduled(session, cohort, startsAt));
        fold(sessionCompleted(session, cohort, startsAt.plusSeconds(60)));
    }

    private void score(
            String p, String e, String code, String cohort, String theme, String kind, double score, Instant at) {
        fold(assessed(id(), p, e, code, cohort, theme, kind, score, at, at));
    }

    private void fold(Event event) {
        state.fold(event);
    }

    private static Map<String, Object> byCode(List<Map<String, Object>> items, String code) {
        return items.stream()
                .filter(i -> code.equals(i.get("institutionCode")))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> cell(
            long enrolled, Double attendanceRate, Double proficiency, Double growth, Long atRisk, boolean suppressed) {
        Map<String, Object> cell = new java.util.HashMap<>();
        cell.put("enrolled", enrolled);
        cell.put("attendanceRate", attendanceRate);
        cell.put("proficiency", proficiency);
        cell.put("growth", growth);
        cell.put("atRisk", atRisk);
        cell.put("suppressed", suppressed);
        return cell;
    }

    private static Map<String, Object> theme(Double latest, Double baseline, Double growth) {
        Map<String, Object> theme = new java.util.HashMap<>();
        theme.put("latest", latest);
        theme.put("baseline", baseline);
        theme.put("growth", growth);
        return theme;
    }
}
