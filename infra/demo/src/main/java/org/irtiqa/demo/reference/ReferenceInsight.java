package org.irtiqa.demo.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.irtiqa.demo.reference.ReferenceFigures.Figures;
import org.irtiqa.demo.reference.ReferenceState.Scores;

/**
 * A group's figures ({@link ReferenceFigures}) with what the insight pages add — {@code atRisk},
 * one cell per named leadership level — and the counts of contributors that rule 2 of "Small
 * groups" looks at. Unsuppressed; {@link ReferenceView} hides what a caller may not see.
 */
public final class ReferenceInsight {

    public static final List<String> LEVELS =
            List.of("EXECUTIVE_TEAM", "MIDDLE_MANAGEMENT", "SENIOR_MANAGEMENT", "TOP_LEADERSHIP");

    /** How many active enrolments have a latest score in each theme, any latest, a baseline-and-latest pair. */
    public record Contributors(Map<String, Integer> perTheme, int anyLatest, int pairs) {}

    public record Cell(Figures figures, long atRisk, Contributors contributors) {}

    public record Group(Figures figures, long atRisk, Contributors contributors, Map<String, Cell> levels) {}

    private final ReferenceState state;
    private final Map<String, List<String>> flags = new HashMap<>();

    public ReferenceInsight(ReferenceState state) {
        this.state = state;
    }

    public Group of(Predicate<Enrolment> member, Set<String> institutions) {
        Map<String, Cell> levels = new TreeMap<>();
        for (String level : LEVELS) {
            Predicate<Enrolment> inCell = member.and(e -> level.equals(state.level(e)));
            if (state.enrolments.values().stream().anyMatch(e -> active(e) && inCell.test(e))) {
                levels.put(
                        level,
                        new Cell(ReferenceFigures.of(state, inCell, Set.of()), atRisk(inCell), contributors(inCell)));
            }
        }
        return new Group(
                ReferenceFigures.of(state, member, institutions), atRisk(member), contributors(member), levels);
    }

    public Contributors contributors(Predicate<Enrolment> member) {
        Map<String, Integer> perTheme = new TreeMap<>();
        int anyLatest = 0;
        int pairs = 0;
        for (var entry : state.enrolments.entrySet()) {
            if (active(entry.getValue()) && member.test(entry.getValue())) {
                Scores scores = state.scores(entry.getKey());
                scores.latest().keySet().forEach(theme -> perTheme.merge(theme, 1, Integer::sum));
                anyLatest += scores.latest().isEmpty() ? 0 : 1;
                pairs += scores.hasPair() ? 1 : 0;
            }
        }
        return new Contributors(perTheme, anyLatest, pairs);
    }

    public List<String> flags(String enrolment) {
        return flags.computeIfAbsent(enrolment, id -> ReferenceRisk.flags(state, id));
    }

    private long atRisk(Predicate<Enrolment> member) {
        return state.enrolments.entrySet().stream()
                .filter(e -> active(e.getValue()) && member.test(e.getValue()))
                .filter(e -> !flags(e.getKey()).isEmpty())
                .count();
    }

    private static boolean active(Enrolment e) {
        return !e.status().equals("WITHDRAWN");
    }
}
