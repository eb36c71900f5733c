package org.irtiqa.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.irtiqa.demo.Programme.Assessment;
import org.irtiqa.demo.Programme.Attendance;
import org.irtiqa.demo.Programme.Institution;
import org.irtiqa.demo.Programme.Participant;
import org.irtiqa.demo.Programme.Session;
import org.irtiqa.demo.Programme.Stage;
import org.irtiqa.demo.Programme.Step;

/**
 * The mistakes a programme office makes and then corrects, one of each kind of api.md
 * "Corrections and integrity", so that every correction flows through the demo and the system
 * tests' programmes: an institution's name mistyped and one registered in the wrong governorate, a
 * leader registered at the wrong level, a baseline typed as a tenth of its score (4 for 40) and a
 * module score mistyped, an assessment recorded for the wrong leader, an attendance recorded by
 * mistake, and a session first scheduled on the wrong day. What was sent wrong is changed in the
 * plan's steps; the programme's facts keep the truth, which is what the figures must show after
 * the corrections (the last stage, and one right after the first period's sessions are scheduled).
 */
final class Corrections {

    private final ProgrammeDraft draft;
    private final Programme programme;
    private final List<Step> corrections = new ArrayList<>();

    private Corrections(ProgrammeDraft draft) {
        this.draft = draft;
        this.programme = draft.programme();
    }

    static void add(ProgrammeDraft draft, List<List<Session>> periods) {
        var mistakes = new Corrections(draft);
        mistakes.institutions();
        mistakes.participantLevel();
        mistakes.assessments();
        mistakes.attendance();
        draft.programme().add(new Stage("corrections", mistakes.corrections, null));
        mistakes.sessionDay(periods.getFirst());
    }

    private void institutions() {
        List<Institution> all = List.copyOf(programme.institutions());
        Institution typo = all.getFirst();
        sendInstead(
                new Step.RegisterInstitution(typo),
                new Step.RegisterInstitution(new Institution(
                        typo.code(), dropOneLetter(typo.nameEn()), typo.nameAr(), typo.governorate(), typo.sector())));
        corrections.add(new Step.UpdateInstitution(typo));
        if (all.size() > 1) {
            Institution moved = all.get(1);
            String wrong = moved.governorate().equals("MUSCAT") ? "AD_DAKHILIYAH" : "MUSCAT";
            sendInstead(
                    new Step.RegisterInstitution(moved),
                    new Step.RegisterInstitution(
                            new Institution(moved.code(), moved.nameEn(), moved.nameAr(), wrong, moved.sector())));
            corrections.add(new Step.UpdateInstitution(moved));
        }
    }

    private void participantLevel() {
        Participant leader = programme.participants().iterator().next();
        int at = Catalogue.LEVELS.indexOf(leader.level());
        String wrong = Catalogue.LEVELS.get((at + 1) % Catalogue.LEVELS.size());
        sendInstead(
                new Step.RegisterParticipant(leader),
                new Step.RegisterParticipant(new Participant(
                        leader.key(),
                        leader.institutionCode(),
                        leader.fullNameEn(),
                        leader.fullNameAr(),
                        leader.email(),
                        wrong,
                        leader.jobTitle())));
        corrections.add(new Step.UpdateParticipant(leader));
    }

    private void assessments() {
        first(a -> a.kind().equals("BASELINE") && a.score() >= 10).ifPresent(baseline -> {
            sendInstead(
                    new Step.Assess(baseline), new Step.Assess(withScore(baseline, Math.floor(baseline.score() / 10))));
            corrections.add(new Step.CorrectAssessment(
                    baseline.key(), baseline.score(), "Typed as a tenth of the score on the paper sheet"));
        });
        List<Assessment> modules = programme.assessments().stream()
                .filter(a -> a.kind().equals("MODULE"))
                .toList();
        if (modules.size() >= 2) {
            Assessment mistyped = modules.get(0);
            double typed = mistyped.score() >= 50 ? mistyped.score() - 20 : mistyped.score() + 20;
            sendInstead(new Step.Assess(mistyped), new Step.Assess(withScore(mistyped, typed)));
            corrections.add(new Step.CorrectAssessment(mistyped.key(), mistyped.score(), "Digits swapped"));
            Assessment wrongLeader = modules.get(modules.size() - 1);
            corrections.add(new Step.RetractAssessment(wrongLeader.key(), "Recorded for the wrong leader"));
            programme.retract(wrongLeader.key());
        }
    }

    private void attendance() {
        programme.attendance().stream()
                .filter(a -> !a.late() && onlyEnrolment(a))
                .skip(draft.random().nextInt(1 + programme.attendance().size() / 4))
                .findFirst()
                .ifPresent(pair -> {
                    corrections.add(new Step.RevokeAttendance(
                            pair.sessionKey(), pair.participantKey(), "Signed the sheet for a colleague"));
                    programme.revoke(pair);
                });
    }

    /** The first session is scheduled a day late, and moved to its day before it is held. */
    private void sessionDay(List<Session> firstPeriod) {
        if (firstPeriod.isEmpty()) {
            return;
        }
        Session session = programme.session(firstPeriod.getFirst().key());
        Session wrongDay = new Session(
                session.key(),
                session.cohortCode(),
                session.titleEn(),
                session.titleAr(),
                session.format(),
                session.theme(),
                session.startsAt().plusSeconds(86400),
                session.endsAt().plusSeconds(86400),
                session.venue(),
                session.speakers(),
                session.outcome());
        int scheduled = indexOf(new Step.Schedule(firstPeriod.getFirst()));
        sendInstead(new Step.Schedule(firstPeriod.getFirst()), new Step.Schedule(wrongDay));
        programme
                .stages()
                .add(
                        scheduled + 1,
                        new Stage("a session moved to its day", List.of(new Step.Reschedule(session)), null));
    }

    private boolean onlyEnrolment(Attendance pair) {
        return programme.enrolments().stream()
                        .filter(e -> e.participantKey().equals(pair.participantKey()))
                        .count()
                == 1;
    }

    private java.util.Optional<Assessment> first(Predicate<Assessment> which) {
        return programme.assessments().stream().filter(which).findFirst();
    }

    private void sendInstead(Step planned, Step sent) {
        List<Stage> stages = programme.stages();
        int at = indexOf(planned);
        Stage stage = stages.get(at);
        List<Step> steps = new ArrayList<>(stage.steps());
        steps.set(steps.indexOf(planned), sent);
        stages.set(at, new Stage(stage.name(), List.copyOf(steps), stage.roster()));
    }

    private int indexOf(Step step) {
        List<Stage> stages = programme.stages();
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).steps().contains(step)) {
                return i;
            }
        }
        throw new IllegalStateException("Not in the plan: " + step);
    }

    private static Assessment withScore(Assessment a, double score) {
        return new Assessment(
                a.key(),
                a.enrolmentKey(),
                a.participantKey(),
                a.theme(),
                a.kind(),
                score,
                a.assessedAt(),
                a.sessionKey());
    }

    private static String dropOneLetter(String name) {
        int middle = name.length() / 2;
        return name.substring(0, middle) + name.substring(middle + 1);
    }
}
