package org.irtiqa.demo.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.irtiqa.demo.reference.ReferenceState.Participant;
import org.irtiqa.demo.reference.ReferenceState.Scores;

/**
 * The participant progress of an institution as {@code GET /api/readiness/institutions/{code}/participants}
 * serves it (its {@code items}), one JSON object per enrolment of any status, in the contract's
 * order: at risk first, then by displayNameEn (unknown names last), then by enrolmentId.
 */
public final class ReferenceProgress {

    private ReferenceProgress() {}

    public static List<Map<String, Object>> of(ReferenceState state, String institution) {
        List<Map<String, Object>> rows = new ArrayList<>();
        state.enrolments.forEach((id, e) -> {
            if (institution.equals(e.institution)) {
                rows.add(row(state, id, e));
            }
        });
        rows.sort(Comparator.comparing((Map<String, Object> r) -> !(Boolean) r.get("atRisk"))
                .thenComparing(r -> (String) r.get("displayNameEn"), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> (String) r.get("enrolmentId")));
        return rows;
    }

    public static Map<String, Object> row(ReferenceState state, String id, Enrolment e) {
        Participant participant = state.participants.get(e.participant);
        Set<String> held = state.held(e.cohort);
        long attended =
                state.attendedSessions(id).stream().filter(held::contains).count();
        Scores scores = state.scores(id);
        List<String> flags = ReferenceRisk.flags(state, id);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("enrolmentId", id);
        row.put("participantId", e.participant);
        row.put("displayNameEn", participant == null ? null : participant.nameEn());
        row.put("displayNameAr", participant == null ? null : participant.nameAr());
        row.put("level", state.level(e));
        row.put("cohortCode", e.cohort);
        row.put("status", e.status());
        row.put("attended", attended);
        row.put("expected", (long) held.size());
        row.put("attendanceRate", held.isEmpty() ? null : (double) attended / held.size());
        row.put(
                "proficiency",
                scores.latest().isEmpty()
                        ? null
                        : scores.latest().values().stream()
                                        .mapToDouble(Double::doubleValue)
                                        .sum()
                                / scores.latest().size());
        Map<String, Object> themes = new TreeMap<>();
        Set<String> named = new TreeSet<>(scores.latest().keySet());
        named.addAll(scores.baseline().keySet());
        for (String theme : named) {
            Double latest = scores.latest().get(theme);
            Double baseline = scores.baseline().get(theme);
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("latest", latest);
            cell.put("baseline", baseline);
            cell.put("growth", latest == null || baseline == null ? null : latest - baseline);
            themes.put(theme, cell);
        }
        row.put("themes", themes);
        row.put("flags", flags);
        row.put("atRisk", !flags.isEmpty());
        return row;
    }
}
