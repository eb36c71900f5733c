package org.irtiqa.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.irtiqa.demo.Programme.Assessment;
import org.irtiqa.demo.Programme.Attendance;
import org.irtiqa.demo.Programme.Enrolment;
import org.irtiqa.demo.Programme.Institution;
import org.irtiqa.demo.Programme.Participant;
import org.irtiqa.demo.Programme.Session;
import org.irtiqa.demo.Programme.Status;
import org.junit.jupiter.api.Test;

/**
 * Every correction of readiness-metrics.md "Corrections" moves the independent figures as the
 * contract says: the worked example (74.5), then one correction recorded in the programme the way
 * the demo records it (the facts keep what is true after it), and the figures after it.
 */
class FiguresCorrectionsTest {

    private static final Instant T = Instant.parse("2026-02-01T06:00:00Z");

    private final Programme p = workedExample();

    @Test
    void aCorrectedBaselineGivesTheCorrectedGrowth() {
        p.replace(new Assessment("1", "a", "pa", "RISK_MANAGEMENT", "BASELINE", 4, T, null)); // as first typed
        assertThat(x().growth()).isEqualTo(66.0);

        p.replace(new Assessment("1", "a", "pa", "RISK_MANAGEMENT", "BASELINE", 40, T, null));

        assertThat(x().growth()).isEqualTo(30.0);
        assertThat(x().readinessIndex()).isEqualTo(74.5);
    }

    @Test
    void aRetractedAssessmentCountsNowhere() {
        p.add(new Assessment("7", "b", "pb", "LIFE_EVENT_JOURNEYS", "FINAL", 10, T.plusSeconds(99), null));
        assertThat(x().themeScores()).containsEntry("LIFE_EVENT_JOURNEYS", 10.0);

        p.retract("7");

        assertThat(x().themeScores()).isEqualTo(Map.of("RISK_MANAGEMENT", 75.0, "LIFE_EVENT_JOURNEYS", 90.0));
        assertThat(x().proficiency()).isEqualTo(82.5);
    }

    @Test
    void aRevokedAttendanceLowersTheRateUntilItIsRecordedAgain() {
        Attendance mistaken = new Attendance("b", "pb", "s4", false);

        p.revoke(mistaken);
        assertThat(x().attended()).isEqualTo(6);
        assertThat(x().attendanceRate()).isEqualTo(0.75);

        p.add(mistaken);
        assertThat(x().attendanceRate()).isEqualTo(0.875);
    }

    @Test
    void anEnrolmentCountsItsParticipantsCorrectedLevel() {
        p.add(participant("pa", "TOP_LEADERSHIP"));
        assertThat(x().levelCoverage()).isEqualTo(0.5);

        // a registered at the wrong level and corrected: its enrolment still carries TOP_LEADERSHIP
        p.replace(participant("pa", "EXECUTIVE_TEAM"));

        assertThat(x().levelCoverage()).isEqualTo(0.25);
        assertThat(p.enrolment("a").level()).isEqualTo("TOP_LEADERSHIP");
    }

    @Test
    void aRenamedInstitutionMovedToAnotherGovernorateTakesItsFiguresAlong() {
        Readiness before = x();

        p.add(new Institution("X", "X, as it is really called", "س", "DHOFAR", "MINISTRY"));
        Figures after = Figures.of(p);

        assertThat(after.institution("X").nameEn()).isEqualTo("X, as it is really called");
        assertThat(after.governorates()).containsOnlyKeys("DHOFAR");
        assertThat(after.governorates().get("DHOFAR")).isEqualTo(before);
        assertThat(after.institutionsPerGovernorate()).isEqualTo(Map.of("DHOFAR", 1L));
    }

    @Test
    void aRescheduledSessionAndAnEditedCohortChangeNoFigure() {
        Readiness before = x();
        Session first = p.session("s1");
        p.put(new Session(
                "s1",
                "C1",
                "moved",
                "t",
                first.format(),
                first.theme(),
                T.plusSeconds(86400),
                T.plusSeconds(90000),
                null,
                List.of(),
                first.outcome()));
        p.add(new Programme.Cohort("C1", "C1 renamed", "ج1", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 5, 30), 12));

        assertThat(x()).isEqualTo(before);
    }

    private Readiness x() {
        return Figures.of(p).institutions().get("X");
    }

    private static Participant participant(String key, String level) {
        return new Participant(key, "X", "Leader " + key, "قائد", key + "@example.om", level, "Director");
    }

    /** The example of readiness-metrics.md, as {@link FiguresTest} builds it. */
    private static Programme workedExample() {
        Programme p = new Programme("x");
        p.add(new Institution("X", "X", "س", "MUSCAT", "MINISTRY"));
        p.add(new Programme.Cohort("C1", "C1", "ج1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30), 10));
        p.put(new Enrolment("a", "pa", "X", "C1", "TOP_LEADERSHIP", Status.ENROLLED));
        p.put(new Enrolment("b", "pb", "X", "C1", "EXECUTIVE_TEAM", Status.COMPLETED));
        p.put(new Enrolment("d", "pd", "X", "C1", "EXECUTIVE_TEAM", Status.WITHDRAWN));
        for (int s = 1; s <= 4; s++) {
            p.put(new Session(
                    "s" + s,
                    "C1",
                    "t",
                    "t",
                    "CASE_STUDY",
                    "RISK_MANAGEMENT",
                    T,
                    T.plusSeconds(60),
                    null,
                    List.of(),
                    Programme.Outcome.HELD));
        }
        for (String pair : List.of("a1", "a2", "a3", "b1", "b2", "b3", "b4", "d1", "d2")) {
            String e = pair.substring(0, 1);
            p.add(new Attendance(e, "p" + e, "s" + pair.substring(1), false));
        }
        p.add(new Assessment("1", "a", "pa", "RISK_MANAGEMENT", "BASELINE", 40, T, null));
        p.add(new Assessment("2", "a", "pa", "RISK_MANAGEMENT", "FINAL", 70, T.plusSeconds(10), null));
        p.add(new Assessment("3", "b", "pb", "RISK_MANAGEMENT", "MODULE", 60, T, null));
        p.add(new Assessment("4", "b", "pb", "RISK_MANAGEMENT", "MODULE", 80, T.plusSeconds(10), null));
        p.add(new Assessment("5", "b", "pb", "LIFE_EVENT_JOURNEYS", "FINAL", 90, T, null));
        return p;
    }
}
