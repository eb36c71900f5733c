package org.irtiqa.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
    void demoIsAProgrammeInProgressCoveringEveryLevelFormatAndTheme() {
        assertThat(demo.participants().stream()
                        .map(Programme.Participant::level)
                        .distinct())
                .hasSize(4);
        assertThat(demo.sessions().stream().map(Programme.Session::format).distinct())
                .hasSize(7);
        assertThat(demo.sessions().stream().map(Programme.Session::theme).distinct())
                .hasSize(8);
        Programme.Cohort cohort = demo.cohorts().iterator().next();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Muscat"));
        assertThat(cohort.startsOn()).isBetween(today.minusWeeks(14), today.minusWeeks(13));
        assertThat(cohort.endsOn()).isBetween(today.plusWeeks(3), today.plusWeeks(5));
        Instant now = Instant.now();
        assertThat(demo.sessions())
                .extracting(Programme.Session::outcome)
                .contains(Outcome.HELD, Outcome.CANCELLED, Outcome.SCHEDULED);
        assertThat(demo.sessions()).filteredOn(s -> s.outcome() == Outcome.HELD).allMatch(s -> s.endsAt()
                .isBefore(now));
        assertThat(demo.sessions())
                .filteredOn(s -> s.startsAt().isAfter(now))
                .isNotEmpty()
                .allMatch(s -> s.outcome() == Outcome.SCHEDULED);
        assertThat(demo.assessments()).allMatch(a -> a.assessedAt().isBefore(now));
        assertThat(demo.assessments().stream().map(Programme.Assessment::kind).distinct())
                .containsExactlyInAnyOrder("BASELINE", "MODULE"); // the finals are still to come
        assertThat(demo.enrolments())
                .extracting(Programme.Enrolment::status)
                .contains(Status.ENROLLED, Status.WITHDRAWN)
                .doesNotContain(Status.COMPLETED);
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
    void aProgrammeThatHasEndedHasFinalsAndCompletionsAndNoSessionLeftScheduled() {
        Programme ended = ProgrammeGenerator.generate(new ProgrammeGenerator.Spec(3, 8, 6, "END"));
        assertThat(ended.sessions()).extracting(Programme.Session::outcome).doesNotContain(Outcome.SCHEDULED);
        assertThat(ended.assessments().stream().map(Programme.Assessment::kind).distinct())
                .containsExactlyInAnyOrder("BASELINE", "MODULE", "FINAL");
        assertThat(ended.enrolments()).extracting(Programme.Enrolment::status).contains(Status.COMPLETED);
        Programme.Cohort cohort = ended.cohorts().iterator().next();
        assertThat(cohort.endsOn()).isBefore(LocalDate.now(ZoneId.of("Asia/Muscat")));
    }

    @Test
    void everyStepIsDatedInsideTheCohortAndBeforeNow() {
        for (int weeks : new int[] {2, 3, 5, 17}) {
            assertDatedInOrder(ProgrammeGenerator.generate(new ProgrammeGenerator.Spec(weeks, 4, weeks, "W" + weeks)));
        }
        assertDatedInOrder(demo);
    }

    /** Inside the cohort, before now, and no withdrawal or completion before its enrolment began. */
    private static void assertDatedInOrder(Programme programme) {
        Programme.Cohort cohort = programme.cohorts().iterator().next();
        Instant now = Instant.now();
        java.util.Map<String, Instant> enrolledAt = new java.util.HashMap<>();
        for (Programme.Stage stage : programme.stages()) {
            for (Programme.Step step : stage.steps()) {
                if (step instanceof Programme.Step.Enrol s) {
                    enrolledAt.put(s.enrolmentKey(), s.enrolledAt());
                } else if (step instanceof Programme.Step.Withdraw s) {
                    assertThat(s.withdrawnAt()).as(step.toString()).isAfterOrEqualTo(enrolledAt.get(s.enrolmentKey()));
                } else if (step instanceof Programme.Step.Complete s) {
                    assertThat(s.completedAt()).as(step.toString()).isAfterOrEqualTo(enrolledAt.get(s.enrolmentKey()));
                }
            }
        }
        for (Programme.Stage stage : programme.stages()) {
            for (Programme.Step step : stage.steps()) {
                Instant at =
                        switch (step) {
                            case Programme.Step.Enrol s -> s.enrolledAt();
                            case Programme.Step.Withdraw s -> s.withdrawnAt();
                            case Programme.Step.Complete s -> s.completedAt();
                            default -> null;
                        };
                if (at != null) {
                    assertThat(at).as(step.toString()).isBefore(now);
                    assertThat(at.atZone(ZoneId.of("Asia/Muscat")).toLocalDate())
                            .as(step.toString())
                            .isBetween(cohort.startsOn(), cohort.endsOn());
                }
            }
        }
    }

    @Test
    void everyKindOfCorrectionIsMadeAndTheFactsKeepTheTruth() {
        var kinds = demo.stages().stream()
                .flatMap(stage -> stage.steps().stream())
                .map(step -> step.getClass().getSimpleName())
                .collect(Collectors.toSet());
        assertThat(kinds)
                .contains(
                        "UpdateInstitution",
                        "UpdateParticipant",
                        "Reschedule",
                        "CorrectAssessment",
                        "RetractAssessment",
                        "RevokeAttendance");
        var sentScores = demo.stages().stream()
                .flatMap(stage -> stage.steps().stream())
                .filter(Programme.Step.Assess.class::isInstance)
                .map(step -> ((Programme.Step.Assess) step).assessment())
                .collect(Collectors.toMap(Programme.Assessment::key, Programme.Assessment::score));
        var corrected = demo.stages().stream()
                .flatMap(stage -> stage.steps().stream())
                .filter(Programme.Step.CorrectAssessment.class::isInstance)
                .map(Programme.Step.CorrectAssessment.class::cast)
                .toList();
        assertThat(corrected).hasSize(2);
        for (var correction : corrected) {
            assertThat(sentScores.get(correction.assessmentKey())).isNotEqualTo(correction.score());
            assertThat(demo.assessments())
                    .filteredOn(a -> a.key().equals(correction.assessmentKey()))
                    .singleElement()
                    .extracting(Programme.Assessment::score)
                    .isEqualTo(correction.score());
        }
        var retracted = demo.stages().stream()
                .flatMap(stage -> stage.steps().stream())
                .filter(Programme.Step.RetractAssessment.class::isInstance)
                .map(step -> ((Programme.Step.RetractAssessment) step).assessmentKey())
                .toList();
        assertThat(demo.assessments()).noneMatch(a -> retracted.contains(a.key()));
        assertThat(sentScores).containsKeys(retracted.toArray(String[]::new));
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
