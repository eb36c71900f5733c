package org.irtiqa.demo.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irtiqa.demo.reference.ReferenceState.Scores;

/**
 * readiness-metrics.md "Participants: progress and risk": the flags of an enrolment, from its text.
 * Only ENROLLED enrolments have flags; they look at H(e), the held sessions of e's cohort that
 * started at or after e's enrolledAt, most recent last.
 */
public final class ReferenceRisk {

    /** The flags in the contract's table order, which is the order they are served in. */
    public static final List<String> FLAGS =
            List.of("LOW_ATTENDANCE", "MISSED_RECENT", "NO_BASELINE", "LOW_PROFICIENCY", "DECLINING");

    private ReferenceRisk() {}

    public static List<String> flags(ReferenceState state, String id) {
        Enrolment e = state.enrolments.get(id);
        if (!e.status().equals("ENROLLED")) {
            return List.of();
        }
        List<String> h = sinceEnrolment(state, e);
        Set<String> attended = state.attendedSessions(id);
        long hits = h.stream().filter(attended::contains).count();
        Scores scores = state.scores(id);
        List<String> flags = new ArrayList<>();
        if (h.size() >= 3 && hits * 5 < h.size() * 3L) { // fewer than 60 %, without rounding
            flags.add("LOW_ATTENDANCE");
        }
        if (h.size() >= 3 && h.subList(h.size() - 3, h.size()).stream().noneMatch(attended::contains)) {
            flags.add("MISSED_RECENT");
        }
        if (h.size() >= 2 && scores.baseline().isEmpty()) {
            flags.add("NO_BASELINE");
        }
        if (scores.latest().size() >= 2 && mean(scores.latest()) < 50) {
            flags.add("LOW_PROFICIENCY");
        }
        if (scores.latest().entrySet().stream()
                .anyMatch(l -> scores.baseline().containsKey(l.getKey())
                        && l.getValue() < scores.baseline().get(l.getKey()))) {
            flags.add("DECLINING");
        }
        return flags;
    }

    /**
     * H(e), oldest first: by startsAt (heldAt without a known schedule), ties by sessionId as a
     * lower-case string, the greater the more recent. An enrolment whose enrolledAt is unknown (no
     * ParticipantEnrolled yet) is taken to have joined before every session.
     */
    public static List<String> sinceEnrolment(ReferenceState state, Enrolment e) {
        Comparator<Map.Entry<String, Session>> order = Comparator.comparing(
                        (Map.Entry<String, Session> s) -> s.getValue().time())
                .thenComparing(Map.Entry::getKey);
        return state.sessions.entrySet().stream()
                .filter(s -> s.getValue().held() && e.cohort.equals(s.getValue().cohort))
                .filter(s -> e.enrolledAt == null || !s.getValue().time().isBefore(e.enrolledAt))
                .sorted(order)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double mean(Map<String, Double> scores) {
        return scores.values().stream().mapToDouble(Double::doubleValue).sum() / scores.size();
    }
}
