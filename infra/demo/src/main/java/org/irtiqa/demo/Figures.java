package org.irtiqa.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.irtiqa.demo.Programme.Assessment;
import org.irtiqa.demo.Programme.Enrolment;
import org.irtiqa.demo.Programme.Institution;
import org.irtiqa.demo.Programme.Outcome;
import org.irtiqa.demo.Programme.Status;

/**
 * An independent, plain-Java computation of readiness-metrics.md over the facts of one or more
 * programmes (everything written to one platform): what analytics must serve for every
 * institution, every governorate and the whole programme. Written from the definitions, not
 * from analytics' SQL, so that the two can check each other.
 *
 * <p>Corrections (readiness-metrics.md "Corrections"): a programme's facts are what is true after
 * its corrections (a renamed or moved institution replaces the registered one, a corrected score
 * replaces the recorded one, a retracted assessment and a revoked attendance are gone), so the
 * figures read them as they are; what the facts cannot say by themselves is which level an
 * enrolment counts, and that is the participant's as corrected ({@link #levelOf}).
 */
public final class Figures {

    private record Scored(Instant at, String key, double score) {}

    private final Map<String, Institution> institutions = new LinkedHashMap<>();
    private final List<Enrolment> enrolments = new ArrayList<>();
    private final Map<Enrolment, String> levels = new HashMap<>();
    private final Map<String, Long> heldByCohort = new HashMap<>();
    private final Set<String> heldSessions = new HashSet<>();
    private final Map<String, Set<String>> attendedByEnrolment = new HashMap<>();
    private final Map<String, List<Assessment>> assessmentsByEnrolment = new HashMap<>();

    private Figures(Collection<Programme> programmes) {
        for (Programme p : programmes) {
            p.institutions().forEach(i -> institutions.put(i.code(), i));
            enrolments.addAll(p.enrolments());
            p.enrolments().forEach(e -> levels.put(e, levelOf(p, e)));
            for (Programme.Session s : p.sessions()) {
                if (s.outcome() == Outcome.HELD) {
                    heldSessions.add(s.key());
                    heldByCohort.merge(s.cohortCode(), 1L, Long::sum);
                }
            }
            for (Programme.Attendance a : p.attendance()) {
                attendedByEnrolment
                        .computeIfAbsent(a.enrolmentKey(), k -> new HashSet<>())
                        .add(a.sessionKey());
            }
            for (Assessment a : p.assessments()) {
                assessmentsByEnrolment
                        .computeIfAbsent(a.enrolmentKey(), k -> new ArrayList<>())
                        .add(a);
            }
        }
    }

    public static Figures of(Collection<Programme> programmes) {
        return new Figures(programmes);
    }

    public static Figures of(Programme programme) {
        return new Figures(List.of(programme));
    }

    public Readiness programme() {
        return group(e -> true);
    }

    /** Every institution, by code. */
    public Map<String, Readiness> institutions() {
        Map<String, Readiness> figures = new TreeMap<>();
        for (String code : institutions.keySet()) {
            figures.put(code, group(e -> e.institutionCode().equals(code)));
        }
        return figures;
    }

    /** Every governorate that has institutions, by enum name. */
    public Map<String, Readiness> governorates() {
        Map<String, Readiness> figures = new TreeMap<>();
        for (String governorate : institutionsPerGovernorate().keySet()) {
            figures.put(governorate, group(e -> governorate.equals(governorateOf(e))));
        }
        return figures;
    }

    /** The institution as analytics must show it: its name and governorate after every correction. */
    public Institution institution(String code) {
        return institutions.get(code);
    }

    public Map<String, Long> institutionsPerGovernorate() {
        Map<String, Long> counts = new TreeMap<>();
        institutions.values().forEach(i -> counts.merge(i.governorate(), 1L, Long::sum));
        return counts;
    }

    /**
     * An enrolment counts its participant's level once the participant is known (its registration,
     * or the correction of its level, replaced it in the programme), else the level its enrolment
     * carried: a corrected level corrects levelCoverage.
     */
    private static String levelOf(Programme programme, Enrolment e) {
        Programme.Participant participant = programme.participant(e.participantKey());
        return participant != null ? participant.level() : e.level();
    }

    private String governorateOf(Enrolment e) {
        Institution institution = institutions.get(e.institutionCode());
        return institution == null ? null : institution.governorate();
    }

    private Readiness group(Predicate<Enrolment> inGroup) {
        List<Enrolment> of = enrolments.stream().filter(inGroup).toList();
        List<Enrolment> g = of.stream().filter(Enrolment::active).toList();
        long completed = g.stream().filter(e -> e.status() == Status.COMPLETED).count();
        long withdrawn = of.stream().filter(e -> e.status() == Status.WITHDRAWN).count();
        long expected = 0;
        long attended = 0;
        Set<String> levelsOfG = new HashSet<>();
        Map<String, double[]> themeSums = new TreeMap<>(); // theme → {sum, count}
        double growthSum = 0;
        long growthPairs = 0;
        for (Enrolment e : g) {
            expected += heldByCohort.getOrDefault(e.cohortCode(), 0L);
            attended += attendedByEnrolment.getOrDefault(e.key(), Set.of()).stream()
                    .filter(heldSessions::contains)
                    .count();
            String level = levels.get(e);
            if (Catalogue.LEVELS.contains(level)) {
                levelsOfG.add(level);
            }
            Map<String, List<Assessment>> byTheme = new TreeMap<>();
            for (Assessment a : assessmentsByEnrolment.getOrDefault(e.key(), List.of())) {
                byTheme.computeIfAbsent(a.theme(), k -> new ArrayList<>()).add(a);
            }
            for (Map.Entry<String, List<Assessment>> theme : byTheme.entrySet()) {
                Scored latest = theme.getValue().stream()
                        .filter(a -> !a.kind().equals("BASELINE"))
                        .map(a -> new Scored(a.assessedAt(), a.key(), a.score()))
                        .max(Comparator.comparing(Scored::at).thenComparing(Scored::key))
                        .orElse(null);
                Scored baseline = theme.getValue().stream()
                        .filter(a -> a.kind().equals("BASELINE"))
                        .map(a -> new Scored(a.assessedAt(), a.key(), a.score()))
                        .min(Comparator.comparing(Scored::at).thenComparing(Scored::key))
                        .orElse(null);
                if (latest != null) {
                    double[] sum = themeSums.computeIfAbsent(theme.getKey(), k -> new double[2]);
                    sum[0] += latest.score();
                    sum[1]++;
                    if (baseline != null) {
                        growthSum += latest.score() - baseline.score();
                        growthPairs++;
                    }
                }
            }
        }
        Map<String, Double> themeScores = new TreeMap<>();
        themeSums.forEach((theme, sum) -> themeScores.put(theme, sum[0] / sum[1]));
        Double attendanceRate = expected == 0 ? null : (double) attended / expected;
        Double proficiency = themeScores.isEmpty()
                ? null
                : themeScores.values().stream().mapToDouble(Double::doubleValue).sum() / themeScores.size();
        Double growth = growthPairs == 0 ? null : growthSum / growthPairs;
        Double completionRate = g.isEmpty() ? null : (double) completed / g.size();
        double levelCoverage = levelsOfG.size() / 4.0;
        return new Readiness(
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
                Readiness.index(attendanceRate, proficiency, completionRate, levelCoverage),
                themeScores);
    }
}
