package org.irtiqa.demo;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.irtiqa.demo.Programme.Institution;
import org.irtiqa.demo.reference.Enrolment;
import org.irtiqa.demo.reference.ReferenceFigures;
import org.irtiqa.demo.reference.ReferenceState;
import org.irtiqa.demo.reference.ReferenceView;

/**
 * The readiness figures of one or more programmes (everything written to one platform): what
 * analytics must serve for every institution, every governorate and the whole programme. Computed
 * by the one independent reference of readiness-metrics.md ({@link org.irtiqa.demo.reference}),
 * the same that the services' tests compare against, over the programmes' facts translated into
 * the events it folds ({@link ProgrammeEvents}).
 *
 * <p>Corrections (readiness-metrics.md "Corrections"): a programme's facts are what is true after
 * its corrections (a renamed or moved institution replaces the registered one, a corrected score
 * replaces the recorded one, a retracted assessment and a revoked attendance are gone, a
 * participant's corrected level replaces the registered one), so they are stated once each; the
 * reference then counts an enrolment at its participant's level when the participant is known,
 * else at the level its enrolment carried.
 */
public final class Figures {

    private final ReferenceState state;
    private final Map<String, Institution> institutions = new LinkedHashMap<>();
    /** Computed on first use, then kept: callers ask for the same figures many times while they poll. */
    private Readiness programme;

    private Map<String, Readiness> byInstitution;
    private Map<String, Readiness> byGovernorate;

    private Figures(List<Programme> programmes) {
        state = new ReferenceState().foldAll(ProgrammeEvents.of(programmes));
        programmes.forEach(p -> p.institutions().forEach(i -> institutions.put(i.code(), i)));
    }

    public static Figures of(Collection<Programme> programmes) {
        return new Figures(List.copyOf(programmes));
    }

    public static Figures of(Programme programme) {
        return new Figures(List.of(programme));
    }

    public synchronized Readiness programme() {
        if (programme == null) {
            programme = group(e -> true, state.institutions().keySet());
        }
        return programme;
    }

    /** Every institution, by code. */
    public synchronized Map<String, Readiness> institutions() {
        if (byInstitution == null) {
            Map<String, Readiness> figures = new TreeMap<>();
            for (String code : state.institutions().keySet()) {
                figures.put(code, group(e -> code.equals(e.institution()), Set.of(code)));
            }
            byInstitution = Collections.unmodifiableMap(figures);
        }
        return byInstitution;
    }

    /** Every governorate that has institutions, by enum name. */
    public synchronized Map<String, Readiness> governorates() {
        if (byGovernorate == null) {
            Map<String, Readiness> figures = new TreeMap<>();
            ReferenceView.governorates(state)
                    .forEach((governorate, codes) ->
                            figures.put(governorate, group(e -> codes.contains(e.institution()), codes)));
            byGovernorate = Collections.unmodifiableMap(figures);
        }
        return byGovernorate;
    }

    /** The institution as analytics must show it: its name and governorate after every correction. */
    public Institution institution(String code) {
        return institutions.get(code);
    }

    public Map<String, Long> institutionsPerGovernorate() {
        Map<String, Long> counts = new TreeMap<>();
        ReferenceView.governorates(state).forEach((governorate, codes) -> counts.put(governorate, (long) codes.size()));
        return counts;
    }

    private Readiness group(Predicate<Enrolment> member, Set<String> codes) {
        ReferenceFigures.Figures f = ReferenceFigures.of(state, member, codes);
        return new Readiness(
                f.enrolled(),
                f.completed(),
                f.withdrawn(),
                f.expectedAttendance(),
                f.attended(),
                f.attendanceRate(),
                f.proficiency(),
                f.growth(),
                f.completionRate(),
                f.levelCoverage(),
                f.readinessIndex(),
                f.themeScores());
    }
}
