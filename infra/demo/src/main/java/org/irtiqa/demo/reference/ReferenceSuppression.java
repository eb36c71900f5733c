package org.irtiqa.demo.reference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.irtiqa.demo.reference.ReferenceFigures.Figures;
import org.irtiqa.demo.reference.ReferenceInsight.Cell;
import org.irtiqa.demo.reference.ReferenceInsight.Contributors;
import org.irtiqa.demo.reference.ReferenceInsight.Group;

/**
 * readiness-metrics.md "Small groups", rule by rule, and a group as JSON once its suppression is
 * decided: a map with every field the API serves, null where the caller may not see it (never absent).
 */
public final class ReferenceSuppression {

    private ReferenceSuppression() {}

    /** Rule 1: one or two enrolled is one or two people's result. */
    public static boolean small(long enrolled) {
        return enrolled == 1 || enrolled == 2;
    }

    /**
     * Rule 3, one pass over the children of one parent (keys sorted: codes, or level names
     * alphabetically): when exactly one child with enrolled > 0 is suppressed, the child that may be
     * suppressed ({@code protectable}), is not yet, has enrolled > 0 and the fewest enrolled (ties:
     * the first key) is suppressed too. Returns that child, if any.
     */
    public static Optional<String> noSubtraction(
            Map<String, Long> enrolled, Set<String> suppressed, Set<String> protectable) {
        Map<String, Long> sorted = new TreeMap<>(enrolled);
        long hidden = sorted.entrySet().stream()
                .filter(c -> c.getValue() > 0 && suppressed.contains(c.getKey()))
                .count();
        if (hidden != 1) {
            return Optional.empty();
        }
        String fewest = null;
        for (var child : sorted.entrySet()) {
            if (child.getValue() > 0
                    && !suppressed.contains(child.getKey())
                    && protectable.contains(child.getKey())
                    && (fewest == null || child.getValue() < sorted.get(fewest))) {
                fewest = child.getKey();
            }
        }
        return Optional.ofNullable(fewest);
    }

    /** The Readiness fields of a group: suppressed (rule 1 or 3), or shown with rule 2 when {@code protect}. */
    public static Map<String, Object> json(
            Group group, boolean suppressed, boolean protect, Set<String> suppressedCells) {
        Figures f = group.figures();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("enrolled", f.enrolled());
        json.put("completed", f.completed());
        json.put("withdrawn", f.withdrawn());
        json.put("lastEventAt", f.lastEventAt());
        json.put("suppressed", suppressed);
        if (suppressed) {
            for (String hidden : new String[] {
                "expectedAttendance",
                "attended",
                "attendanceRate",
                "proficiency",
                "growth",
                "completionRate",
                "levelCoverage",
                "readinessIndex",
                "atRisk",
                "themeScores",
                "levels"
            }) {
                json.put(hidden, null);
            }
            json.put("band", "SUPPRESSED");
            return json;
        }
        Contributors c = group.contributors();
        json.put("expectedAttendance", f.expectedAttendance());
        json.put("attended", f.attended());
        json.put("attendanceRate", f.attendanceRate());
        json.put("proficiency", protect && c.anyLatest() < 3 ? null : f.proficiency());
        json.put("growth", protect && c.pairs() < 3 ? null : f.growth());
        json.put("completionRate", f.completionRate());
        json.put("levelCoverage", f.levelCoverage());
        Double index = f.enrolled() == 0 ? null : f.readinessIndex();
        json.put("readinessIndex", index);
        json.put("band", band(index));
        json.put("atRisk", protect ? atRisk(group.atRisk(), f.enrolled()) : (Long) group.atRisk());
        Map<String, Object> themes = new TreeMap<>();
        f.themeScores()
                .forEach((theme, score) ->
                        themes.put(theme, protect && c.perTheme().getOrDefault(theme, 0) < 3 ? null : score));
        json.put("themeScores", themes);
        Map<String, Object> levels = new TreeMap<>();
        group.levels()
                .forEach((level, cell) -> levels.put(level, cell(cell, suppressedCells.contains(level), protect)));
        json.put("levels", levels);
        return json;
    }

    public static Map<String, Object> cell(Cell cell, boolean suppressed, boolean protect) {
        Figures f = cell.figures();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("enrolled", f.enrolled());
        json.put("suppressed", suppressed);
        boolean shown = !suppressed;
        json.put("attendanceRate", shown ? f.attendanceRate() : null);
        json.put("proficiency", shown && !(protect && cell.contributors().anyLatest() < 3) ? f.proficiency() : null);
        json.put("growth", shown && !(protect && cell.contributors().pairs() < 3) ? f.growth() : null);
        json.put("atRisk", !shown ? null : protect ? atRisk(cell.atRisk(), f.enrolled()) : (Long) cell.atRisk());
        return json;
    }

    /** The cells of a group a caller sees suppressed: rule 1 per cell, then rule 3 among them. */
    public static Set<String> suppressedCells(Group group, boolean protect) {
        Set<String> hidden = new java.util.TreeSet<>();
        if (!protect) {
            return hidden;
        }
        Map<String, Long> enrolled = new TreeMap<>();
        group.levels().forEach((level, cell) -> {
            enrolled.put(level, cell.figures().enrolled());
            if (small(cell.figures().enrolled())) {
                hidden.add(level);
            }
        });
        noSubtraction(enrolled, hidden, enrolled.keySet()).ifPresent(hidden::add);
        return hidden;
    }

    /** Rule 2 for atRisk: null when it, or the rest, is one or two people. */
    public static Long atRisk(long atRisk, long enrolled) {
        return small(atRisk) || small(enrolled - atRisk) ? null : atRisk;
    }

    public static String band(Double index) {
        if (index == null) {
            return "NOT_STARTED";
        }
        return index >= 85 ? "ADVANCED" : index >= 70 ? "ON_TRACK" : index >= 55 ? "NEEDS_ATTENTION" : "AT_RISK";
    }
}
