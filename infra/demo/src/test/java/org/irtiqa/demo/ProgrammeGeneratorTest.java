package org.irtiqa.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.irtiqa.demo.Programme.Outcome;
import org.irtiqa.demo.Programme.Status;
import org.junit.jupiter.api.Test;

class ProgrammeGeneratorTest {

    private final Programme demo = ProgrammeGenerator.generate(ProgrammeGenerator.Spec.demo(2026));

    @Test
    void demoHasTheFiftySevenInstitutionsOfTheElevenGovernorates() {
        assertThat(demo.institutions()).hasSize(57);
        assertThat(demo.institutions())
                .extracting(Programme.Institution::governorate)
                .containsOnly(
                        "MUSCAT",
                        "DHOFAR",
                        "MUSANDAM",
                        "AL_BURAIMI",
                        "AD_DAKHILIYAH",
                        "NORTH_AL_BATINAH",
                        "SOUTH_AL_BATINAH",
                        "SOUTH_ASH_SHARQIYAH",
                        "NORTH_ASH_SHARQIYAH",
                        "AD_DHAHIRAH",
                        "AL_WUSTA")
                .isNotEmpty();
        assertThat(demo.institutions().stream()
                        .map(Programme.Institution::governorate)
                        .distinct())
                .hasSize(11);
        assertThat(demo.institutions())
                .extracting(Programme.Institution::code)
                .allMatch(c -> c.matches("^[A-Z0-9][A-Z0-9_-]{1,31}$"))
                .doesNotHaveDuplicates();
        assertThat(demo.institutions())
                .extracting(Programme.Institution::sector)
                .contains("MINISTRY", "AUTHORITY", "GOVERNORATE", "ACADEMIC", "PUBLIC_COMPANY");
        assertThat(demo.participants()).extracting(Programme.Participant::email).doesNotHaveDuplicates();
    }

    @Test
    void demoCoversEveryLevelFormatThemeAndAssessmentKindWithWithdrawalsAndCompletions() {
        assertThat(demo.participants().stream()
                        .map(Programme.Participant::level)
                        .distinct())
                .hasSize(4);
        assertThat(demo.sessions().stream().map(Programme.Session::format).distinct())
                .hasSize(7);
        assertThat(demo.sessions().stream().map(Programme.Session::theme).distinct())
                .hasSize(8);
        assertThat(demo.sessions())
                .extracting(Programme.Session::outcome)
                .contains(Outcome.HELD, Outcome.CANCELLED)
                .doesNotContain(Outcome.SCHEDULED);
        assertThat(demo.assessments().stream().map(Programme.Assessment::kind).distinct())
                .hasSize(3);
        assertThat(demo.enrolments())
                .extracting(Programme.Enrolment::status)
                .contains(Status.ENROLLED, Status.WITHDRAWN, Status.COMPLETED);
        assertThat(demo.enrolments().size()).isGreaterThan(demo.participants().size()); // some enrolled again
        assertThat(demo.attendance()).anyMatch(Programme.Attendance::late);
        System.out.println("demo: " + demo.participants().size() + " participants, "
                + demo.enrolments().size()
                + " enrolments, " + demo.sessions().size() + " sessions, "
                + demo.attendance().size() + " attendances, "
                + demo.assessments().size() + " assessments, " + demo.steps() + " writes; statuses "
                + demo.enrolments().stream()
                        .collect(Collectors.groupingBy(Programme.Enrolment::status, Collectors.counting())));
    }

    @Test
    void theSameSeedGivesTheSameProgrammeAndFigures() {
        Programme again = ProgrammeGenerator.generate(ProgrammeGenerator.Spec.demo(2026));
        assertThat(again.participants()).containsExactlyElementsOf(demo.participants());
        assertThat(again.assessments()).containsExactlyElementsOf(demo.assessments());
        assertThat(Figures.of(again).institutions()).isEqualTo(Figures.of(demo).institutions());
        assertThat(ProgrammeGenerator.generate(ProgrammeGenerator.Spec.demo(7)).participants())
                .isNotEqualTo(demo.participants());
    }

    @Test
    void everyInstitutionHasBelievableFigures() {
        Figures figures = Figures.of(demo);
        assertThat(figures.institutions()).hasSize(57);
        assertThat(figures.governorates()).hasSize(11);
        figures.institutions().values().forEach(r -> {
            assertThat(r.enrolled()).isPositive();
            assertThat(r.attendanceRate()).isBetween(0.3, 1.0);
            assertThat(r.readinessIndex()).isBetween(20.0, 100.0);
        });
        Readiness programme = figures.programme();
        assertThat(programme.enrolled())
                .isEqualTo(demo.enrolments().stream()
                        .filter(Programme.Enrolment::active)
                        .count());
        assertThat(programme.levelCoverage()).isEqualTo(1.0);
        assertThat(programme.themeScores()).hasSize(8);
        assertThat(programme.growth()).isPositive();
    }

    @Test
    void aSmallProgrammeIsPrefixedAndUnique() {
        Programme small = ProgrammeGenerator.generate(new ProgrammeGenerator.Spec(1, 6, 4, "T1"));
        assertThat(small.institutions()).hasSize(6).allMatch(i -> i.code().startsWith("T1-"));
        assertThat(small.cohorts()).extracting(Programme.Cohort::code).containsExactly("T1-C2026-1");
        assertThat(small.sessions()).hasSize(8);
    }
}
