package org.irtiqa.analytics.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.Theme;
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
        final List<Instant> events = new ArrayList<>();

        String status() {
            return finalStatus == null ? "ENROLLED" : finalStatus;
        }
    }

    /** Whatever the winning InstitutionRegistered or InstitutionUpdated says; every event's time. */
    static final class Institution {
        EventOrder order;
        String nameEn;
        String governorate;
        final List<Instant> events = new ArrayList<>();
    }

    record Participant(EventOrder order, String level) {}

    static final class Session {
        String cohort;
        boolean completed;
        boolean cancelled;
        final List<Instant> events = new ArrayList<>();
    }

    record Assessment(UUID id, UUID enrolment, String theme, AssessmentKind kind, double score, Instant assessedAt) {}

    record Pair(UUID enrolment, UUID session) {}

    record Winner<T>(EventOrder order, T value) {}

    /** An attendance, revocation, assessment, correction or retraction event of an enrolment (lastEventAt). */
    record Activity(UUID enrolment, Instant occurredAt) {}

    final Map<String, Institution> institutions = new HashMap<>();
    final Map<UUID, Participant> participants = new HashMap<>();
    final Map<UUID, Enrolment> enrolments = new HashMap<>();
    final Map<UUID, Session> sessions = new HashMap<>();
    final Map<Pair, Winner<Boolean>> attendance = new HashMap<>();
    final Map<UUID, Assessment> assessments = new HashMap<>();
    final Map<UUID, Winner<Double>> corrections = new HashMap<>();
    final Set<UUID> retracted = new HashSet<>();
    final List<Activity> activity = new ArrayList<>();
    private final Set<UUID> seen = new HashSet<>();

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
                        EventOrder.of(e.getRevision(), meta),
                        e.getLevel().name());
            case ParticipantUpdated e ->
                participant(
                        e.getParticipantId(),
                        EventOrder.of(e.getRevision(), meta),
                        e.getLevel().name());
            case ParticipantEnrolled e ->
                enrolment(e.getEnrolmentId(), e.getParticipantId(), e.getInstitutionCode(), e.getCohortCode(), at)
                                .enrolledLevel =
                        e.getLevel().name();
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
            case SessionScheduled e -> session(e.getSessionId(), e.getCohortCode(), at);
            case SessionRescheduled e -> session(e.getSessionId(), e.getCohortCode(), at);
            case SessionCompleted e -> session(e.getSessionId(), e.getCohortCode(), at).completed = true;
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
            default -> {} // CohortCreated, CohortUpdated: no figure depends on them
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

    private void institution(String code, EventOrder order, String nameEn, String governorate) {
        Institution institution = institutions.computeIfAbsent(code, c -> new Institution());
        institution.events.add(order.occurredAt());
        if (order.supersedes(institution.order)) {
            institution.order = order;
            institution.nameEn = nameEn;
            institution.governorate = governorate;
        }
    }

    private void participant(UUID id, EventOrder order, String level) {
        Participant known = participants.get(id);
        if (known == null || order.supersedes(known.order())) {
            participants.put(id, new Participant(order, level));
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
