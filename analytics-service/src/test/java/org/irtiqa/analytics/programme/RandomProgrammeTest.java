package org.irtiqa.analytics.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.irtiqa.demo.reference.Enrolment;
import org.irtiqa.demo.reference.ReferenceHistory;
import org.irtiqa.demo.reference.ReferenceRisk;
import org.irtiqa.demo.reference.ReferenceState;
import org.junit.jupiter.api.Test;

/**
 * The random programmes of {@link ReadinessPropertyTest}, folded by the reference (infra/demo) with
 * no servers: they exercise what the property test is meant to compare (small groups, enrolments
 * at risk, enrolments after sessions were held, assessments on many days), and each history ends
 * on the current figures.
 */
class RandomProgrammeTest {

    @Test
    void randomProgrammesExerciseTheNewFiguresAndEndTheirHistoriesOnTheCurrentFigures() {
        boolean suppressed = false, flagged = false, joinedLate = false;
        Set<LocalDate> assessedOn = new TreeSet<>();
        for (long seed = 1; seed <= 4; seed++) {
            ReferenceState programme = new ReferenceState();
            for (int round = 0; round < 3; round++) {
                RandomProgramme.generate(seed * 10 + round, "P" + round + "-" + seed)
                        .forEach(sent -> ReferenceEvents.fold(programme, sent.event()));
            }
            ServedInsight.Expected expected = ServedInsight.expect(programme, Instant.now());
            suppressed |= expected.viewer().institutions().stream().anyMatch(i -> (Boolean) i.get("suppressed"));
            flagged |= expected.participants().values().stream()
                    .flatMap(List::stream)
                    .anyMatch(r -> (Boolean) r.get("atRisk"));
            for (Enrolment e : programme.enrolments().values()) {
                joinedLate |= ReferenceRisk.sinceEnrolment(programme, e).size()
                        < programme.held(e.cohort()).size();
            }
            programme
                    .assessments()
                    .values()
                    .forEach(x -> assessedOn.add(LocalDate.ofInstant(x.assessedAt(), ReferenceHistory.MUSCAT)));
            Map<String, Object> today =
                    expected.histories().get("/api/readiness/programme/history").getLast();
            Map<String, Object> current = expected.admin().programme();
            for (String figure : List.of(
                    "enrolled",
                    "completed",
                    "withdrawn",
                    "attendanceRate",
                    "proficiency",
                    "growth",
                    "completionRate",
                    "levelCoverage",
                    "readinessIndex",
                    "band")) {
                assertThat(today.get(figure)).as("seed " + seed + " " + figure).isEqualTo(current.get(figure));
            }
        }
        assertThat(suppressed).as("a small institution suppressed for a viewer").isTrue();
        assertThat(flagged).as("an enrolment at risk").isTrue();
        assertThat(joinedLate)
                .as("an enrolment that joined after sessions were held")
                .isTrue();
        assertThat(assessedOn).as("days with assessments").hasSizeGreaterThan(10);
    }
}
