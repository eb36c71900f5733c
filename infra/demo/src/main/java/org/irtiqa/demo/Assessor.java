package org.irtiqa.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.irtiqa.demo.Programme.Assessment;
import org.irtiqa.demo.Programme.Step;

/**
 * Assessments of the active enrolments: a baseline in two themes before the first session, a
 * final two days before the end (in the baseline's themes, sometimes one more; a few miss it),
 * and module assessments after a session. A score is the leader's ability, a little more in some
 * themes, plus progress (−8 at the baseline, up to +15 at the final) and noise, in half points
 * from 0 to 100.
 */
final class Assessor {

    private final ProgrammeDraft draft;
    private final Random random;
    private final Programme programme;
    private final Leaders leaders;
    private final ActiveEnrolments enrolments;

    Assessor(ProgrammeDraft draft, Leaders leaders, ActiveEnrolments enrolments) {
        this.draft = draft;
        this.random = draft.random();
        this.programme = draft.programme();
        this.leaders = leaders;
        this.enrolments = enrolments;
    }

    List<Step> baselines() {
        List<Step> steps = new ArrayList<>();
        Instant at = ProgrammeDraft.muscat(draft.startsOn(), 8, 0);
        for (Map.Entry<String, String> active : enrolments.byParticipant().entrySet()) {
            List<String> themes = new ArrayList<>(Catalogue.THEMES);
            Collections.shuffle(themes, random);
            for (String theme : themes.subList(0, 2)) {
                steps.add(assess(
                        active.getKey(),
                        theme,
                        "BASELINE",
                        -8,
                        at.plusSeconds(60L * Catalogue.THEMES.indexOf(theme)),
                        null));
            }
        }
        return steps;
    }

    /** When the finals are sat: two days before the cohort's end. */
    Instant finalsAt() {
        return ProgrammeDraft.muscat(draft.endsOn().minusDays(2), 10, 0);
    }

    List<Step> finals() {
        List<Step> steps = new ArrayList<>();
        Instant at = finalsAt();
        for (Map.Entry<String, String> active : enrolments.byParticipant().entrySet()) {
            if (random.nextDouble() < 0.1) {
                continue; // missed the final day
            }
            String enrolment = active.getValue();
            List<String> themes = new ArrayList<>(programme.assessments().stream()
                    .filter(a -> a.enrolmentKey().equals(enrolment) && a.kind().equals("BASELINE"))
                    .map(Assessment::theme)
                    .toList());
            if (themes.isEmpty() || random.nextDouble() < 0.2) {
                String extra = draft.pick(Catalogue.THEMES);
                if (!themes.contains(extra)) {
                    themes.add(extra);
                }
            }
            for (String theme : themes) {
                steps.add(assess(
                        active.getKey(),
                        theme,
                        "FINAL",
                        15,
                        at.plusSeconds(420L * Catalogue.THEMES.indexOf(theme)),
                        null));
            }
        }
        return steps;
    }

    /** Assesses the participant's active enrolment; {@code session} is null unless a module assessment. */
    Step assess(String participant, String theme, String kind, double progress, Instant at, String session) {
        double raw = leaders.ability(participant)
                + (Catalogue.THEMES.indexOf(theme) % 3) * 2
                + progress
                + random.nextGaussian() * 6;
        double score = Math.round(Math.max(0, Math.min(100, raw)) * 2) / 2.0;
        var assessment = new Assessment(
                programme.tag() + ":A" + (programme.assessments().size() + 1),
                enrolments.of(participant),
                participant,
                theme,
                kind,
                score,
                at,
                session);
        programme.add(assessment);
        return new Step.Assess(assessment);
    }
}
