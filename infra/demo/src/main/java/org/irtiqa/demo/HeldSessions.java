package org.irtiqa.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.irtiqa.demo.Programme.Attendance;
import org.irtiqa.demo.Programme.Outcome;
import org.irtiqa.demo.Programme.Session;
import org.irtiqa.demo.Programme.Step;

/**
 * What happens to a scheduled session: about one in thirteen is cancelled; the others are held,
 * attended by each active leader by their reliability (a few of those absent are recorded as
 * attending late, after the session's completion), and a few attendees are assessed on its theme
 * after it ended.
 */
final class HeldSessions {

    private final ProgrammeDraft draft;
    private final Random random;
    private final Programme programme;
    private final Leaders leaders;
    private final ActiveEnrolments enrolments;
    private final Assessor assessor;

    HeldSessions(ProgrammeDraft draft, Leaders leaders, ActiveEnrolments enrolments, Assessor assessor) {
        this.draft = draft;
        this.random = draft.random();
        this.programme = draft.programme();
        this.leaders = leaders;
        this.enrolments = enrolments;
        this.assessor = assessor;
    }

    /**
     * Returns the session's cancellation or its completion; adds late attendance and the module
     * assessments linked to the session to {@code later}, a stage of its own after the completions
     * (an assessment may name only a session already held).
     */
    List<Step> holdOrCancel(Session session, List<Step> later) {
        int number = Integer.parseInt(session.key().substring(session.key().lastIndexOf(":S") + 2));
        if (number % 13 == 6) { // about one in thirteen, the sixth the first

            programme.put(withOutcome(session, Outcome.CANCELLED));
            return List.of(new Step.Cancel(session.key(), "Postponed: the speaker's official travel"));
        }
        programme.put(withOutcome(session, Outcome.HELD));
        List<String> attendees = new ArrayList<>();
        int minute = 0;
        for (Map.Entry<String, String> active : enrolments.byParticipant().entrySet()) {
            String participant = active.getKey();
            if (random.nextDouble() < leaders.reliability(participant)) {
                attendees.add(participant);
                programme.add(new Attendance(active.getValue(), participant, session.key(), false));
                if (random.nextDouble() < 0.05) {
                    double progress = (session.startsAt().getEpochSecond()
                                    - ProgrammeDraft.muscat(draft.startsOn(), 0, 0)
                                            .getEpochSecond())
                            / (120.0 * 86400);
                    later.add(assessor.assess(
                            participant,
                            session.theme(),
                            "MODULE",
                            15 * progress,
                            session.endsAt().plusSeconds(60L * ++minute),
                            session.key()));
                }
            } else if (random.nextDouble() < 0.03) {
                later.add(new Step.LateAttendance(session.key(), participant));
                programme.add(new Attendance(active.getValue(), participant, session.key(), true));
            }
        }
        return List.of(new Step.Hold(session.key(), attendees));
    }

    private static Session withOutcome(Session s, Outcome outcome) {
        return new Session(
                s.key(),
                s.cohortCode(),
                s.titleEn(),
                s.titleAr(),
                s.format(),
                s.theme(),
                s.startsAt(),
                s.endsAt(),
                s.venue(),
                s.speakers(),
                outcome);
    }
}
