package org.irtiqa.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.irtiqa.demo.Programme.Assessment;
import org.irtiqa.demo.Programme.Attendance;
import org.irtiqa.demo.Programme.Enrolment;
import org.irtiqa.demo.Programme.Session;
import org.irtiqa.demo.Programme.Status;
import org.junit.jupiter.api.Test;

/** The worked example of readiness-metrics.md, built by hand. */
class FiguresTest {

    @Test
    void computesTheWorkedExampleOfReadinessMetrics() {
        Programme p = new Programme("x");
        p.add(new Programme.Institution("X", "X", "س", "MUSCAT", "MINISTRY"));
        p.add(new Programme.Cohort("C1", "C1", "ج1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30), 10));
        p.put(new Enrolment("a", "pa", "X", "C1", "TOP_LEADERSHIP", Status.ENROLLED));
        p.put(new Enrolment("b", "pb", "X", "C1", "EXECUTIVE_TEAM", Status.COMPLETED));
        p.put(new Enrolment("d", "pd", "X", "C1", "EXECUTIVE_TEAM", Status.WITHDRAWN));
        Instant t = Instant.parse("2026-02-01T06:00:00Z");
        for (int s = 1; s <= 5; s++) {
            p.put(new Session(
                    "s" + s,
                    "C1",
                    "t",
                    "t",
                    "CASE_STUDY",
                    "RISK_MANAGEMENT",
                    t,
                    t.plusSeconds(60),
                    null,
                    List.of(),
                    s == 5 ? Programme.Outcome.CANCELLED : Programme.Outcome.HELD));
        }
        for (String[] pair : new String[][] {
            {"a", "1"},
            {"a", "2"},
            {"a", "3"},
            {"b", "1"},
            {"b", "2"},
            {"b", "3"},
            {"b", "4"},
            {"d", "1"},
            {"d", "2"},
            {"b", "5"}
        }) {
            p.add(new Attendance(pair[0], "p" + pair[0], "s" + pair[1], false));
        }
        p.add(new Assessment("1", "a", "pa", "RISK_MANAGEMENT", "BASELINE", 40, t, null));
        p.add(new Assessment("2", "a", "pa", "RISK_MANAGEMENT", "FINAL", 70, t.plusSeconds(10), null));
        p.add(new Assessment("3", "b", "pb", "RISK_MANAGEMENT", "MODULE", 60, t, null));
        p.add(new Assessment("4", "b", "pb", "RISK_MANAGEMENT", "MODULE", 80, t.plusSeconds(10), null));
        p.add(new Assessment("5", "b", "pb", "LIFE_EVENT_JOURNEYS", "FINAL", 90, t, null));

        Readiness x = Figures.of(p).institutions().get("X");

        assertThat(x.enrolled()).isEqualTo(2);
        assertThat(x.completed()).isEqualTo(1);
        assertThat(x.withdrawn()).isEqualTo(1);
        assertThat(x.expectedAttendance()).isEqualTo(8);
        assertThat(x.attended()).isEqualTo(7);
        assertThat(x.attendanceRate()).isEqualTo(0.875);
        assertThat(x.themeScores()).isEqualTo(Map.of("RISK_MANAGEMENT", 75.0, "LIFE_EVENT_JOURNEYS", 90.0));
        assertThat(x.proficiency()).isEqualTo(82.5);
        assertThat(x.growth()).isEqualTo(30.0);
        assertThat(x.completionRate()).isEqualTo(0.5);
        assertThat(x.levelCoverage()).isEqualTo(0.5);
        assertThat(x.readinessIndex()).isCloseTo(74.5, within(0.0));
        assertThat(Figures.of(p).governorates().get("MUSCAT")).isEqualTo(x);
    }
}
