package org.irtiqa.demo.reference;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.irtiqa.demo.reference.Event.Meta;
import org.irtiqa.demo.reference.ReferenceState.Activity;
import org.irtiqa.demo.reference.ReferenceState.Assessment;
import org.irtiqa.demo.reference.ReferenceState.Cohort;
import org.irtiqa.demo.reference.ReferenceState.Participant;
import org.irtiqa.demo.reference.ReferenceState.Winner;

/** What one distinct event does to a {@link ReferenceState}: readiness-metrics.md "Inputs" and "Corrections". */
public final class Fold {

    private Fold() {}

    static void apply(ReferenceState state, Event event) {
        Meta meta = event.meta();
        Instant at = meta.occurredAt();
        switch (event) {
            case Event.InstitutionRegistered e ->
                institution(state, e.institutionCode(), Order.of(e.revision(), meta), e.nameEn(), e.governorate());
            case Event.InstitutionUpdated e ->
                institution(state, e.institutionCode(), Order.of(e.revision(), meta), e.nameEn(), e.governorate());
            case Event.ParticipantRegistered e ->
                participant(
                        state,
                        e.participantId(),
                        new Participant(Order.of(e.revision(), meta), e.level(), e.displayNameEn(), e.displayNameAr()));
            case Event.ParticipantUpdated e ->
                participant(
                        state,
                        e.participantId(),
                        new Participant(Order.of(e.revision(), meta), e.level(), e.displayNameEn(), e.displayNameAr()));
            case Event.CohortCreated e ->
                cohort(
                        state,
                        e.cohortCode(),
                        new Cohort(Order.of(e.revision(), meta), e.nameEn(), e.nameAr(), e.startsOn(), e.endsOn()));
            case Event.CohortUpdated e ->
                cohort(
                        state,
                        e.cohortCode(),
                        new Cohort(Order.of(e.revision(), meta), e.nameEn(), e.nameAr(), e.startsOn(), e.endsOn()));
            case Event.ParticipantEnrolled e -> {
                Enrolment enrolment =
                        enrolment(state, e.enrolmentId(), e.participantId(), e.institutionCode(), e.cohortCode(), at);
                enrolment.enrolledLevel = e.level();
                enrolment.enrolledAt = e.enrolledAt();
            }
            case Event.EnrolmentWithdrawn e ->
                enrolment(state, e.enrolmentId(), e.participantId(), e.institutionCode(), e.cohortCode(), at)
                        .finish("WITHDRAWN", e.withdrawnAt());
            case Event.EnrolmentCompleted e ->
                enrolment(state, e.enrolmentId(), e.participantId(), e.institutionCode(), e.cohortCode(), at)
                        .finish("COMPLETED", e.completedAt());
            case Event.SessionScheduled e ->
                schedule(session(state, e.sessionId(), e.cohortCode(), at), Order.of(e.revision(), meta), e.startsAt());
            case Event.SessionRescheduled e ->
                schedule(session(state, e.sessionId(), e.cohortCode(), at), Order.of(e.revision(), meta), e.startsAt());
            case Event.SessionCompleted e -> {
                Session session = session(state, e.sessionId(), e.cohortCode(), at);
                session.completed = true;
                session.heldAt = e.heldAt();
            }
            case Event.SessionCancelled e -> session(state, e.sessionId(), e.cohortCode(), at).cancelled = true;
            case Event.AttendanceRecorded e -> {
                keep(
                        state.attendance.computeIfAbsent(e.enrolmentId(), k -> new HashMap<>()),
                        e.sessionId(),
                        Order.of(e.revision(), meta),
                        true);
                state.activity.add(new Activity(e.enrolmentId(), at));
            }
            case Event.AttendanceRevoked e -> {
                keep(
                        state.attendance.computeIfAbsent(e.enrolmentId(), k -> new HashMap<>()),
                        e.sessionId(),
                        Order.of(e.revision(), meta),
                        false);
                state.activity.add(new Activity(e.enrolmentId(), at));
            }
            case Event.AssessmentResultRecorded e -> {
                if (!"UNKNOWN".equals(e.kind()) && !"UNKNOWN".equals(e.theme())) {
                    state.assessments.put(
                            e.assessmentId(),
                            new Assessment(
                                    e.assessmentId(), e.enrolmentId(), e.theme(), e.kind(), e.score(), e.assessedAt()));
                    state.activity.add(new Activity(e.enrolmentId(), at));
                }
            }
            case Event.AssessmentCorrected e -> {
                keep(state.corrections, e.assessmentId(), Order.of(e.revision(), meta), e.score());
                state.activity.add(new Activity(e.enrolmentId(), at));
            }
            case Event.AssessmentRetracted e -> {
                state.retracted.add(e.assessmentId());
                state.activity.add(new Activity(e.enrolmentId(), at));
            }
        }
    }

    private static void institution(ReferenceState state, String code, Order order, String nameEn, String governorate) {
        Institution institution = state.institutions.computeIfAbsent(code, c -> new Institution());
        institution.events.add(order.occurredAt());
        if (order.supersedes(institution.order)) {
            institution.order = order;
            institution.nameEn = nameEn;
            institution.governorate = governorate;
        }
    }

    private static void participant(ReferenceState state, String id, Participant candidate) {
        Participant known = state.participants.get(id);
        if (known == null || candidate.order().supersedes(known.order())) {
            state.participants.put(id, candidate);
        }
    }

    private static void cohort(ReferenceState state, String code, Cohort candidate) {
        Cohort known = state.cohorts.get(code);
        if (known == null || candidate.order().supersedes(known.order())) {
            state.cohorts.put(code, candidate);
        }
    }

    private static void schedule(Session session, Order order, Instant startsAt) {
        if (order.supersedes(session.scheduleOrder)) {
            session.scheduleOrder = order;
            session.startsAt = startsAt;
        }
    }

    private static <K, T> void keep(Map<K, Winner<T>> winners, K key, Order order, T value) {
        Winner<T> known = winners.get(key);
        if (known == null || order.supersedes(known.order())) {
            winners.put(key, new Winner<>(order, value));
        }
    }

    private static Enrolment enrolment(
            ReferenceState state, String id, String participant, String institution, String cohort, Instant at) {
        Enrolment e = state.enrolments.computeIfAbsent(id, k -> new Enrolment());
        e.participant = participant;
        e.institution = institution;
        e.cohort = cohort;
        e.events.add(at);
        return e;
    }

    private static Session session(ReferenceState state, String id, String cohort, Instant at) {
        Session s = state.sessions.computeIfAbsent(id, k -> new Session());
        s.cohort = cohort;
        s.events.add(at);
        return s;
    }
}
