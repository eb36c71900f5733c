package org.irtiqa.demo.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.irtiqa.demo.reference.ReferenceState.Assessment;

/**
 * readiness-metrics.md "Figures for a group of enrolments G", computed directly from its text, over
 * the corrected inputs of {@link ReferenceState} (its levels, attended sessions, counted scores).
 */
public final class ReferenceFigures {

    public record Figures(
            long enrolled,
            long completed,
            long withdrawn,
            long expectedAttendance,
            long attended,
            Double attendanceRate,
            Double proficiency,
            Double growth,
            Double completionRate,
            double levelCoverage,
            double readinessIndex,
            Map<String, Double> themeScores,
            Instant lastEventAt) {}

    private static final Set<String> LEVELS =
            Set.of("TOP_LEADERSHIP", "SENIOR_MANAGEMENT", "MIDDLE_MANAGEMENT", "EXECUTIVE_TEAM");
    private static final Comparator<Assessment> ORDER =
            Comparator.comparing(Assessment::assessedAt).thenComparing(Assessment::id);

    private ReferenceFigures() {}

    /** The group of the enrolments {@code member} selects (any status) and of the institutions {@code institutions} names. */
    public static Figures of(ReferenceState state, Predicate<Enrolment> member, Set<String> institutions) {
        Map<String, Enrolment> members = new TreeMap<>();
        state.enrolments.forEach((id, e) -> {
            if (member.test(e)) {
                members.put(id, e);
            }
        });
        List<String> g = members.keySet().stream()
                .filter(id -> !members.get(id).status().equals("WITHDRAWN"))
                .toList();
        long completed = g.stream()
                .filter(id -> members.get(id).status().equals("COMPLETED"))
                .count();
        long withdrawn = members.size() - g.size();
        long expected = 0;
        long attended = 0;
        Set<String> levels = new HashSet<>();
        Map<String, List<Double>> latestByTheme = new TreeMap<>();
        List<Double> growths = new ArrayList<>();
        for (String id : g) {
            Enrolment e = members.get(id);
            Set<String> heldSessions = new HashSet<>();
            state.sessions.forEach((sid, s) -> {
                if (s.cohort.equals(e.cohort) && s.completed && !s.cancelled) {
                    heldSessions.add(sid);
                }
            });
            expected += heldSessions.size();
            attended += state.attendedSessions(id).stream()
                    .filter(heldSessions::contains)
                    .count();
            String level = state.level(e);
            if (level != null && LEVELS.contains(level)) {
                levels.add(level);
            }
            List<Assessment> own = state.counted(id);
            for (String theme : own.stream().map(Assessment::theme).distinct().toList()) {
                var latest = own.stream()
                        .filter(a -> a.theme().equals(theme) && !a.kind().equals("BASELINE"))
                        .max(ORDER);
                var baseline = own.stream()
                        .filter(a -> a.theme().equals(theme) && a.kind().equals("BASELINE"))
                        .min(ORDER);
                latest.ifPresent(l -> latestByTheme
                        .computeIfAbsent(theme, k -> new ArrayList<>())
                        .add(l.score()));
                if (latest.isPresent() && baseline.isPresent()) {
                    growths.add(latest.get().score() - baseline.get().score());
                }
            }
        }
        Map<String, Double> themeScores = new TreeMap<>();
        latestByTheme.forEach((theme, scores) -> themeScores.put(theme, mean(scores)));
        Double attendanceRate = expected == 0 ? null : (double) attended / expected;
        Double proficiency = themeScores.isEmpty() ? null : mean(List.copyOf(themeScores.values()));
        Double growth = growths.isEmpty() ? null : mean(growths);
        Double completionRate = g.isEmpty() ? null : (double) completed / g.size();
        double levelCoverage = levels.size() / 4.0;
        double v = 100
                * (0.35 * zero(attendanceRate)
                        + 0.35 * zero(proficiency) / 100
                        + 0.15 * zero(completionRate)
                        + 0.15 * levelCoverage);
        double index = BigDecimal.valueOf(v)
                .setScale(6, RoundingMode.HALF_UP)
                .setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
        return new Figures(
                g.size(),
                completed,
                withdrawn,
                expected,
                attended,
                attendanceRate,
                proficiency,
                growth,
                completionRate,
                levelCoverage,
                index,
                themeScores,
                lastEventAt(state, members, institutions));
    }

    private static Instant lastEventAt(ReferenceState state, Map<String, Enrolment> members, Set<String> institutions) {
        Set<String> cohorts = new HashSet<>();
        members.values().forEach(e -> cohorts.add(e.cohort));
        return Stream.of(
                        institutions.stream().flatMap(code -> state.institutions.get(code).events.stream()),
                        members.values().stream().flatMap(e -> e.events.stream()),
                        state.sessions.values().stream()
                                .filter(s -> cohorts.contains(s.cohort))
                                .flatMap(s -> s.events.stream()),
                        state.activity.stream()
                                .filter(a -> members.containsKey(a.enrolment()))
                                .map(ReferenceState.Activity::occurredAt))
                .flatMap(s -> s)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static double zero(Double value) {
        return value == null ? 0 : value;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }
}
