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
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.scheduling.AssessmentResultRecorded;
import org.irtiqa.events.scheduling.AttendanceRecorded;
import org.irtiqa.events.scheduling.SessionCancelled;
import org.irtiqa.events.scheduling.SessionCompleted;
import org.irtiqa.events.scheduling.SessionScheduled;

/**
 * The "Inputs" of readiness-metrics.md, folded in plain Java from the distinct events (by eventId)
 * with no regard to their order: the reference the service's SQL is checked against.
 */
final class ReferenceState {

    static final class Enrolment {
        String institution;
        String cohort;
        String level;
        String finalStatus;
        Instant finalAt;
        final List<Instant> events = new ArrayList<>();

        String status() {
            return finalStatus == null ? "ENROLLED" : finalStatus;
        }
    }

    record Institution(String governorate, List<Instant> events) {}

    static final class Session {
        String cohort;
        boolean completed;
        boolean cancelled;
        final List<Instant> events = new ArrayList<>();
    }

    record Assessment(
            UUID id,
            UUID enrolment,
            String theme,
            AssessmentKind kind,
            double score,
            Instant assessedAt,
            Instant occurredAt) {}

    record Attendance(UUID enrolment, UUID session, Instant occurredAt) {}

    final Map<String, Institution> institutions = new HashMap<>();
    final Map<UUID, Enrolment> enrolments = new HashMap<>();
    final Map<UUID, Session> sessions = new HashMap<>();
    final List<Attendance> attendance = new ArrayList<>();
    final Map<UUID, Assessment> assessments = new HashMap<>();
    private final Set<UUID> seen = new HashSet<>();

    void fold(SpecificRecord event) {
        EventMetadata meta = (EventMetadata) event.get(0);
        if (!seen.add(meta.getEventId())) {
            return;
        }
        Instant at = meta.getOccurredAt();
        switch (event) {
            case InstitutionRegistered e ->
                institutions
                        .computeIfAbsent(
                                e.getInstitutionCode(),
                                c -> new Institution(e.getGovernorate().name(), new ArrayList<>()))
                        .events()
                        .add(at);
            case ParticipantEnrolled e ->
                enrolment(e.getEnrolmentId(), e.getInstitutionCode(), e.getCohortCode(), at).level =
                        e.getLevel().name();
            case EnrolmentWithdrawn e ->
                finish(enrolment(e.getEnrolmentId(), e.getInstitutionCode(), e.getCohortCode(), at), "WITHDRAWN", at);
            case EnrolmentCompleted e ->
                finish(enrolment(e.getEnrolmentId(), e.getInstitutionCode(), e.getCohortCode(), at), "COMPLETED", at);
            case SessionScheduled e -> session(e.getSessionId(), e.getCohortCode(), at);
            case SessionCompleted e -> session(e.getSessionId(), e.getCohortCode(), at).completed = true;
            case SessionCancelled e -> session(e.getSessionId(), e.getCohortCode(), at).cancelled = true;
            case AttendanceRecorded e -> attendance.add(new Attendance(e.getEnrolmentId(), e.getSessionId(), at));
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
                                    e.getAssessedAt(),
                                    at));
                }
            }
            default -> {}
        }
    }

    private Enrolment enrolment(UUID id, String institution, String cohort, Instant at) {
        Enrolment e = enrolments.computeIfAbsent(id, k -> new Enrolment());
        e.institution = institution;
        e.cohort = cohort;
        e.events.add(at);
        return e;
    }

    /** Should both a withdrawal and a completion exist, the earlier one is final. */
    private static void finish(Enrolment e, String status, Instant at) {
        if (e.finalAt == null || at.isBefore(e.finalAt)) {
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
