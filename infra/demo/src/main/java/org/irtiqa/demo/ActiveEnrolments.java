package org.irtiqa.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.irtiqa.demo.Programme.Enrolment;
import org.irtiqa.demo.Programme.Outcome;
import org.irtiqa.demo.Programme.Participant;
import org.irtiqa.demo.Programme.Status;
import org.irtiqa.demo.Programme.Step;

/**
 * Who is enrolled in the cohort now, as scheduling's roster must show it: enrolments, withdrawals
 * (a participant enrolling again gets a new enrolment, {@code E12-2}) and, at the end, completions.
 */
final class ActiveEnrolments {

    private final ProgrammeDraft draft;
    private final Random random;
    private final Programme programme;
    private final String cohortCode;
    /** participant → their active enrolment key (absent while withdrawn). */
    private final Map<String, String> activeEnrolment = new LinkedHashMap<>();

    private final Map<String, Integer> enrolmentsOf = new LinkedHashMap<>();

    ActiveEnrolments(ProgrammeDraft draft) {
        this.draft = draft;
        this.random = draft.random();
        this.programme = draft.programme();
        this.cohortCode = draft.cohortCode();
    }

    Step enrol(String participantKey, Instant enrolledAt) {
        Participant p = programme.participant(participantKey);
        int n = enrolmentsOf.merge(participantKey, 1, Integer::sum);
        String key = participantKey.replace(":P", ":E") + (n == 1 ? "" : "-" + n);
        programme.put(new Enrolment(key, participantKey, p.institutionCode(), cohortCode, p.level(), Status.ENROLLED));
        activeEnrolment.put(participantKey, key);
        return new Step.Enrol(key, participantKey, cohortCode, enrolledAt);
    }

    /** participant → their active enrolment key, in the order they enrolled. */
    Map<String, String> byParticipant() {
        return Collections.unmodifiableMap(activeEnrolment);
    }

    /** The participant's active enrolment key, or null while withdrawn. */
    String of(String participantKey) {
        return activeEnrolment.get(participantKey);
    }

    /** The cohort's active enrolments now, which scheduling's roster must show before the next stage. */
    Map<String, List<String>> roster() {
        return Map.of(cohortCode, List.copyOf(activeEnrolment.values()));
    }

    /** Withdraws a few of the active (not those enrolling again in this stage) at {@code at}; returns who withdrew. */
    List<String> withdrawals(List<Step> changes, List<String> enrollingAgain, Instant at) {
        List<String> withdrawn = new ArrayList<>();
        for (Map.Entry<String, String> active : List.copyOf(activeEnrolment.entrySet())) {
            if (random.nextDouble() < 0.04 && !enrollingAgain.contains(active.getKey())) {
                String enrolmentKey = active.getValue();
                programme.put(withStatus(programme.enrolment(enrolmentKey), Status.WITHDRAWN));
                activeEnrolment.remove(active.getKey());
                changes.add(new Step.Withdraw(enrolmentKey, draft.pick(Catalogue.WITHDRAWAL_REASONS), at));
                withdrawn.add(active.getKey());
            }
        }
        return withdrawn;
    }

    /** Completes, at {@code at}, the active enrolments that attended 60 % of the held sessions and sat a final. */
    List<Step> completions(Instant at) {
        long held = programme.sessions().stream()
                .filter(s -> s.outcome() == Outcome.HELD)
                .count();
        List<Step> steps = new ArrayList<>();
        for (String enrolment : activeEnrolment.values()) {
            long attended = programme.attendance().stream()
                    .filter(a -> a.enrolmentKey().equals(enrolment))
                    .count();
            boolean finalSat = programme.assessments().stream()
                    .anyMatch(
                            a -> a.enrolmentKey().equals(enrolment) && a.kind().equals("FINAL"));
            if (finalSat && attended >= 0.6 * held) {
                programme.put(withStatus(programme.enrolment(enrolment), Status.COMPLETED));
                steps.add(new Step.Complete(enrolment, at));
            }
        }
        return steps;
    }

    private static Enrolment withStatus(Enrolment e, Status status) {
        return new Enrolment(e.key(), e.participantKey(), e.institutionCode(), e.cohortCode(), e.level(), status);
    }
}
