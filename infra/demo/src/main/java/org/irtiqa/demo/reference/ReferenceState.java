package org.irtiqa.demo.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The "Inputs" of readiness-metrics.md, folded in plain Java from the distinct events (by eventId)
 * with no regard to their order: the one reference the services' figures are checked against.
 * Corrections keep, per thing, the winner by {@link Order}; what readiness-metrics.md derives from
 * them (levels, attendance, counted scores) is in the accessors below and in {@link ReferenceFigures}.
 */
public final class ReferenceState {

    public record Participant(Order order, String level, String nameEn, String nameAr) {}

    /** Whatever the winning CohortCreated or CohortUpdated says. */
    public record Cohort(Order order, String nameEn, String nameAr, LocalDate startsOn, LocalDate endsOn) {}

    public record Assessment(
            String id, String enrolment, String theme, String kind, double score, Instant assessedAt) {}

    /** The latest non-BASELINE and the earliest BASELINE counted score of an enrolment, per theme. */
    public record Scores(Map<String, Double> latest, Map<String, Double> baseline) {

        public boolean hasPair() {
            return latest.keySet().stream().anyMatch(baseline::containsKey);
        }
    }

    record Winner<T>(Order order, T value) {}

    /** An attendance, revocation, assessment, correction or retraction event of an enrolment (lastEventAt). */
    record Activity(String enrolment, Instant occurredAt) {}

    /** The later of two assessments of one enrolment and theme: by assessedAt, then assessmentId. */
    static final Comparator<Assessment> LATER =
            Comparator.comparing(Assessment::assessedAt).thenComparing(Assessment::id);

    final Map<String, Institution> institutions = new HashMap<>();
    final Map<String, Participant> participants = new HashMap<>();
    final Map<String, Cohort> cohorts = new HashMap<>();
    final Map<String, Enrolment> enrolments = new HashMap<>();
    final Map<String, Session> sessions = new HashMap<>();
    /** Per enrolment, per session: the winning AttendanceRecorded (true) or AttendanceRevoked (false). */
    final Map<String, Map<String, Winner<Boolean>>> attendance = new HashMap<>();

    final Map<String, Assessment> assessments = new HashMap<>();
    final Map<String, Winner<Double>> corrections = new HashMap<>();
    final Set<String> retracted = new HashSet<>();
    final List<Activity> activity = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    /** Folds one event; a duplicate eventId changes nothing. */
    public ReferenceState fold(Event event) {
        if (seen.add(event.meta().eventId())) {
            Fold.apply(this, event);
        }
        return this;
    }

    public ReferenceState foldAll(Iterable<? extends Event> events) {
        events.forEach(this::fold);
        return this;
    }

    /** The known institutions (an InstitutionRegistered or InstitutionUpdated arrived), by code. */
    public Map<String, Institution> institutions() {
        return Collections.unmodifiableMap(institutions);
    }

    /** The known enrolments of any status, by enrolmentId. */
    public Map<String, Enrolment> enrolments() {
        return Collections.unmodifiableMap(enrolments);
    }

    /** The known cohorts (a CohortCreated or CohortUpdated arrived), by code. */
    public Map<String, Cohort> cohorts() {
        return Collections.unmodifiableMap(cohorts);
    }

    /** The known sessions, by sessionId. */
    public Map<String, Session> sessions() {
        return Collections.unmodifiableMap(sessions);
    }

    /** The assessments recorded (retracted ones too, with their recorded scores), by assessmentId. */
    public Map<String, Assessment> assessments() {
        return Collections.unmodifiableMap(assessments);
    }

    /** Its participant's level when an event of that participant is known, else its ParticipantEnrolled's. */
    public String level(Enrolment e) {
        Participant participant = participants.get(e.participant);
        return participant != null ? participant.level() : e.enrolledLevel;
    }

    /** The sessions whose winning attendance event for this enrolment is a recording. */
    public Set<String> attendedSessions(String enrolment) {
        Set<String> attended = new HashSet<>();
        attendance.getOrDefault(enrolment, Map.of()).forEach((session, winner) -> {
            if (winner.value()) {
                attended.add(session);
            }
        });
        return attended;
    }

    /** The enrolment's assessments that count: none retracted, each with its winning correction's score. */
    public List<Assessment> counted(String enrolment) {
        List<Assessment> counted = new ArrayList<>();
        for (Assessment a : assessments.values()) {
            if (a.enrolment().equals(enrolment) && !retracted.contains(a.id())) {
                Winner<Double> correction = corrections.get(a.id());
                double score = correction == null ? a.score() : correction.value();
                counted.add(new Assessment(a.id(), a.enrolment(), a.theme(), a.kind(), score, a.assessedAt()));
            }
        }
        return counted;
    }

    public Scores scores(String enrolment) {
        Map<String, Assessment> latest = new TreeMap<>();
        Map<String, Assessment> baseline = new TreeMap<>();
        for (Assessment a : counted(enrolment)) {
            if (a.kind().equals("BASELINE")) {
                baseline.merge(a.theme(), a, (x, y) -> LATER.compare(x, y) <= 0 ? x : y);
            } else {
                latest.merge(a.theme(), a, (x, y) -> LATER.compare(x, y) >= 0 ? x : y);
            }
        }
        Map<String, Double> latestScores = new TreeMap<>();
        Map<String, Double> baselineScores = new TreeMap<>();
        latest.forEach((theme, a) -> latestScores.put(theme, a.score()));
        baseline.forEach((theme, a) -> baselineScores.put(theme, a.score()));
        return new Scores(latestScores, baselineScores);
    }

    /** The held sessions of a cohort. */
    public Set<String> held(String cohort) {
        Set<String> held = new HashSet<>();
        sessions.forEach((id, s) -> {
            if (cohort.equals(s.cohort) && s.held()) {
                held.add(id);
            }
        });
        return held;
    }

    /**
     * The facts as they stood before {@code end} ("History"): enrolments enrolled before it with
     * their status then, sessions held if held now and started before it, assessments assessed
     * before it; institutions, names and corrections as known now. Attendance counts through its
     * session, so it needs no filter of its own.
     */
    public ReferenceState asOf(Instant end) {
        ReferenceState then = new ReferenceState();
        then.institutions.putAll(institutions);
        then.participants.putAll(participants);
        then.cohorts.putAll(cohorts);
        enrolments.forEach((id, e) -> {
            if (e.enrolledAt != null && e.enrolledAt.isBefore(end)) {
                then.enrolments.put(id, e.asOf(end));
            }
        });
        sessions.forEach((id, s) -> {
            Session copy = new Session();
            copy.cohort = s.cohort;
            copy.cancelled = s.cancelled;
            copy.startsAt = s.startsAt;
            copy.heldAt = s.heldAt;
            copy.completed = s.completed && s.time() != null && s.time().isBefore(end);
            then.sessions.put(id, copy);
        });
        attendance.forEach((id, sessions) -> then.attendance.put(id, new HashMap<>(sessions)));
        assessments.forEach((id, a) -> {
            if (a.assessedAt().isBefore(end)) {
                then.assessments.put(id, a);
            }
        });
        then.corrections.putAll(corrections);
        then.retracted.addAll(retracted);
        return then;
    }
}
