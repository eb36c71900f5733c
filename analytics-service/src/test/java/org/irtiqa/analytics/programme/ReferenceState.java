package org.irtiqa.analytics.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.Theme;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.events.registration.CohortUpdated;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.events.registration.InstitutionUpdated;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.events.registration.ParticipantUpdated;
import org.irtiqa.events.scheduling.AssessmentCorrected;
import org.irtiqa.events.scheduling.AssessmentResultRecorded;
import org.irtiqa.events.scheduling.AssessmentRetracted;
import org.irtiqa.events.scheduling.AttendanceRecorded;
import org.irtiqa.events.scheduling.AttendanceRevoked;
import org.irtiqa.events.scheduling.SessionCancelled;
import org.irtiqa.events.scheduling.SessionCompleted;
import org.irtiqa.events.scheduling.SessionRescheduled;
import org.irtiqa.events.scheduling.SessionScheduled;
import org.irtiqa.support.events.EventOrder;

/**
 * The "Inputs" of readiness-metrics.md, folded in plain Java from the distinct events (by eventId)
 * with no regard to their order: the reference the service's SQL is checked against. Corrections
 * keep, per thing, the winner by {@link EventOrder} (the contract's one rule, in Java); what
 * readiness-metrics.md derives from them (levels, attendance, counted scores) is in
 * {@link ReferenceFigures} and the accessors below.
 */
final class ReferenceState {

    static final class Enrolment {
        UUID participant;
        String institution;
        String cohort;
        String enrolledLevel;
        String finalStatus;
        Instant finalAt;
        /** From its ParticipantEnrolled; null while only a withdrawal or completion is known. */
        Instant enrolledAt;

        final List<Instant> events = new ArrayList<>();

        String status() {
            return finalStatus == null ? "ENROLLED" : finalStatus;
        }

        /** The same enrolment as it stood before {@code end}: a final status that happened later is not yet final. */
        Enrolment asOf(Instant end) {
            Enrolment then = new Enrolment();
            then.participant = participant;
            then.institution = institution;
            then.cohort = cohort;
            then.enrolledLevel = enrolledLevel;
            then.enrolledAt = enrolledAt;
            if (finalAt != null && finalAt.isBefore(end)) {
                then.finalStatus = finalStatus;
                then.finalAt = finalAt;
            }
            return then;
        }
    }

    /** Whatever the winning InstitutionRegistered or InstitutionUpdated says; every event's time. */
    static final class Institution {
        EventOrder order;
        String nameEn;
        String governorate;
        final List<Instant> events = new ArrayList<>();
    }

    record Participant(EventOrder order, String level, String nameEn, String nameAr) {}

    /** Whatever the winning CohortCreated or CohortUpdated says. */
    record Cohort(EventOrder order, String nameEn, String nameAr, LocalDate startsOn, LocalDate endsOn) {}

    static final class Session {
        String cohort;
        boolean completed;
        boolean cancelled;
        EventOrder scheduleOrder;
        Instant startsAt;
        Instant heldAt;
        final List<Instant> events = new ArrayList<>();

        boolean held() {
            return completed && !cancelled;
        }

        /** Its business instant: the winning schedule's startsAt, else (held without a known schedule) heldAt. */
        Instant time() {
            return startsAt != null ? startsAt : heldAt;
        }
    }

    record Assessment(UUID id, UUID enrolment, String theme, AssessmentKind kind, double score, Instant assessedAt) {}

    record Pair(UUID enrolment, UUID session) {}

    record Winner<T>(EventOrder order, T value) {}

    /** An attendance, revocation, assessment, correction or retraction event of an enrolment (lastEventAt). */
    record Activity(UUID enrolment, Instant occurredAt) {}

    final Map<String, Institution> institutions = new HashMap<>();
    final Map<UUID, Participant> participants = new HashMap<>();
    final Map<String, Cohort> cohorts = new HashMap<>();
    final Map<UUID, Enrolment> enrolments = new HashMap<>();
    final Map<UUID, Session> sessions = new HashMap<>();
    final Map<Pair, Winner<Boolean>> attendance = new HashMap<>();
    final Map<UUID, Assessment> assessments = new HashMap<>();
    final Map<UUID, Winner<Double>> corrections = new HashMap<>();
    final Set<UUID> retracted = new HashSet<>();
    final List<Activity> activity = new ArrayList<>();
    private final Set<UUID> seen = new HashSet<>();

    /** The later of two assessments of one enrolment and theme: by assessedAt, then assessmentId. */
    static final Comparator<Assessment> LATER =
            Comparator.comparing(Assessment::assessedAt).thenComparing(a -> a.id().toString());

    void fold(SpecificRecord event) {
        EventMetadata meta = (EventMetadata) event.get(0);
        if (!seen.add(meta.getEventId())) {
            return;
        }
        Instant at = meta.getOccurredAt();
        switch (event) {
            case InstitutionRegistered e ->
                institution(
                        e.getInstitutionCode(),
                        EventOrder.of(e.getRevision(), meta),
                        e.getNameEn(),
                        e.getGovernorate().name());
            case InstitutionUpdated e ->
                institution(
                        e.getInstitutionCode(),
                        EventOrder.of(e.getRevision(), meta),
                        e.getNameEn(),
                        e.getGovernorate().name());
            case ParticipantRegistered e ->
                participant(
                        e.getParticipantId(),
                        new Participant(
                                EventOrder.of(e.getRevision(), meta),
                                e.getLevel().name(),
                                e.getDisplayNameEn(),
                                e.getDisplayNameAr()));
            case ParticipantUpdated e ->
                participant(
                        e.getParticipantId(),
                        new Participant(
                                EventOrder.of(e.getRevision(), meta),
                                e.getLevel().name(),
                                e.getDisplayNameEn(),
                                e.getDisplayNameAr()));
            case CohortCreated e ->
                cohort(
                        e.getCohortCode(),
                        new Cohort(
                                EventOrder.of(e.getRevision(), meta),
                                e.getNameEn(),
                                e.getNameAr(),
                                e.getStartsOn(),
                                e.getEndsOn()));
            case CohortUpdated e ->
                cohort(
                        e.getCohortCode(),
                        new Cohort(
                                EventOrder.of(e.getRevision(), meta),
                                e.getNameEn(),
                                e.getNameAr(),
                                e.getStartsOn(),
                                e.getEndsOn()));
            case ParticipantEnrolled e -> {
                Enrolment enrolment = enrolment(
                        e.getEnrolmentId(), e.getParticipantId(), e.getInstitutionCode(), e.getCohortCode(), at);
                enrolment.enrolledLevel = e.getLevel().name();
                enrolment.enrolledAt = e.getEnrolledAt();
            }
            case EnrolmentWithdrawn e ->
                finish(
                        enrolment(
                                e.getEnrolmentId(),
                                e.getParticipantId(),
                                e.getInstitutionCode(),
                                e.getCohortCode(),
                                at),
                        "WITHDRAWN",
                        e.getWithdrawnAt());
            case EnrolmentCompleted e ->
                finish(
                        enrolment(
                                e.getEnrolmentId(),
                                e.getParticipantId(),
                                e.getInstitutionCode(),
                                e.getCohortCode(),
                                at),
                        "COMPLETED",
                        e.getCompletedAt());
            case SessionScheduled e ->
                schedule(
                        session(e.getSessionId(), e.getCohortCode(), at),
                        EventOrder.of(e.getRevision(), meta),
                        e.getStartsAt());
            case SessionRescheduled e ->
                schedule(
                        session(e.getSessionId(), e.getCohortCode(), at),
                        EventOrder.of(e.getRevision(), meta),
                        e.getStartsAt());
            case SessionCompleted e -> {
                Session session = session(e.getSessionId(), e.getCohortCode(), at);
                session.completed = true;
                session.heldAt = e.getHeldAt();
            }
            case SessionCancelled e -> session(e.getSessionId(), e.getCohortCode(), at).cancelled = true;
            case AttendanceRecorded e -> {
                keep(
                        attendance,
                        new Pair(e.getEnrolmentId(), e.getSessionId()),
                        EventOrder.of(e.getRevision(), meta),
                        true);
                activity.add(new Activity(e.getEnrolmentId(), at));
            }
            case AttendanceRevoked e -> {
                keep(
                        attendance,
                        new Pair(e.getEnrolmentId(), e.getSessionId()),
                        EventOrder.of(e.getRevision(), meta),
                        false);
                activity.add(new Activity(e.getEnrolmentId(), at));
            }
            case AssessmentResultRecorded e -> {
                if (e.getKind() != AssessmentKind.UNKNOWN && e.getTheme() != Theme.UNKNOWN) {
                    assessments.put(
                            e.getAssessmentId(),
                            new Assessment(
                                    e.getAssessmentId(),
                                    e.getEnrolmentId(),
                                    e.getTheme().name(),
                                    e.getKind(),
                                    e.getScore(),
                                    e.getAssessedAt()));
                    activity.add(new Activity(e.getEnrolmentId(), at));
                }
            }
            case AssessmentCorrected e -> {
                keep(corrections, e.getAssessmentId(), EventOrder.of(e.getRevision(), meta), e.getScore());
                activity.add(new Activity(e.getEnrolmentId(), at));
            }
            case AssessmentRetracted e -> {
                retracted.add(e.getAssessmentId());
                activity.add(new Activity(e.getEnrolmentId(), at));
            }
            default -> {}
        }
    }

    /** Its participant's level when an event of that participant is known, else its ParticipantEnrolled's. */
    String level(Enrolment e) {
        Participant participant = participants.get(e.participant);
        return participant != null ? participant.level() : e.enrolledLevel;
    }

    /** The sessions whose winning attendance event for this enrolment is a recording. */
    Set<UUID> attendedSessions(UUID enrolment) {
        Set<UUID> attended = new HashSet<>();
        attendance.forEach((pair, winner) -> {
            if (pair.enrolment().equals(enrolment) && winner.value()) {
                attended.add(pair.session());
            }
        });
        return attended;
    }

    /** The enrolment's assessments that count: none retracted, each with its winning correction's score. */
    List<Assessment> counted(UUID enrolment) {
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

    /** The latest non-BASELINE and the earliest BASELINE counted score of an enrolment, per theme. */
    record Scores(Map<String, Double> latest, Map<String, Double> baseline) {

        boolean hasPair() {
            return latest.keySet().stream().anyMatch(baseline::containsKey);
        }
    }

    Scores scores(UUID enrolment) {
        Map<String, Assessment> latest = new TreeMap<>();
        Map<String, Assessment> baseline = new TreeMap<>();
        for (Assessment a : counted(enrolment)) {
            if (a.kind() == AssessmentKind.BASELINE) {
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
    Set<UUID> held(String cohort) {
        Set<UUID> held = new HashSet<>();
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
    ReferenceState asOf(Instant end) {
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
        then.attendance.putAll(attendance);
        assessments.forEach((id, a) -> {
            if (a.assessedAt().isBefore(end)) {
                then.assessments.put(id, a);
            }
        });
        then.corrections.putAll(corrections);
        then.retracted.addAll(retracted);
        return then;
    }

    private void institution(String code, EventOrder order, String nameEn, String governorate) {
        Institution institution = institutions.computeIfAbsent(code, c -> new Institution());
        institution.events.add(order.occurredAt());
        if (order.supersedes(institution.order)) {
            institution.order = order;
            institution.nameEn = nameEn;
            institution.governorate = governorate;
        }
    }

    private void participant(UUID id, Participant candidate) {
        Participant known = participants.get(id);
        if (known == null || candidate.order().supersedes(known.order())) {
            participants.put(id, candidate);
        }
    }

    private void cohort(String code, Cohort candidate) {
        Cohort known = cohorts.get(code);
        if (known == null || candidate.order().supersedes(known.order())) {
            cohorts.put(code, candidate);
        }
    }

    private static void schedule(Session session, EventOrder order, Instant startsAt) {
        if (order.supersedes(session.scheduleOrder)) {
            session.scheduleOrder = order;
            session.startsAt = startsAt;
        }
    }

    private static <K, T> void keep(Map<K, Winner<T>> winners, K key, EventOrder order, T value) {
        Winner<T> known = winners.get(key);
        if (known == null || order.supersedes(known.order())) {
            winners.put(key, new Winner<>(order, value));
        }
    }

    private Enrolment enrolment(UUID id, UUID participant, String institution, String cohort, Instant at) {
        Enrolment e = enrolments.computeIfAbsent(id, k -> new Enrolment());
        e.participant = participant;
        e.institution = institution;
        e.cohort = cohort;
        e.events.add(at);
        return e;
    }

    /** Should both a withdrawal and a completion exist, the one that happened first is final (then by name). */
    private static void finish(Enrolment e, String status, Instant at) {
        if (e.finalAt == null
                || at.isBefore(e.finalAt)
                || (at.equals(e.finalAt) && status.compareTo(e.finalStatus) < 0)) {
            e.finalStatus = status;
            e.finalAt = at;
        }
    }

    private Session session(UUID id, String cohort, Instant at) {
        Session s = sessions.computeIfAbsent(id, k -> new Session());
        s.cohort = cohort;
        s.events.add(at);
        return s;
    }
}
