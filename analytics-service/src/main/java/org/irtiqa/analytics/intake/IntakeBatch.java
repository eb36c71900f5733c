package org.irtiqa.analytics.intake;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.events.AssessmentKind;
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
 * The fresh (not yet applied) events of one Kafka batch, sorted into the columns of the state
 * tables, and what they touched: the institutions, enrolments and cohorts whose figures may have
 * changed. Instants travel as epoch milliseconds (exact, unlike a float of seconds).
 */
final class IntakeBatch {

    final Columns institutions = new Columns("text", "text", "text", "text", "int8");
    final Columns enrolments = new Columns("uuid", "uuid", "text", "text", "text", "text", "int8");
    final Columns sessions = new Columns("uuid", "text", "bool", "bool", "int8");
    final Columns attendance = new Columns("uuid", "uuid", "int8");
    final Columns assessments = new Columns("uuid", "uuid", "text", "text", "float8", "int8", "int8");

    final Set<String> institutionCodes = new LinkedHashSet<>();
    final Set<UUID> enrolmentIds = new LinkedHashSet<>();
    final Set<String> cohortCodes = new LinkedHashSet<>();

    void add(SpecificRecord event, Instant occurredAt) {
        long at = occurredAt.toEpochMilli();
        switch (event) {
            case InstitutionRegistered e -> {
                institutions.add(
                        e.getInstitutionCode(),
                        e.getNameEn(),
                        e.getNameAr(),
                        e.getGovernorate().name(),
                        at);
                institutionCodes.add(e.getInstitutionCode());
            }
            case ParticipantEnrolled e ->
                enrolment(
                        e.getEnrolmentId(),
                        e.getParticipantId(),
                        e.getInstitutionCode(),
                        e.getCohortCode(),
                        e.getLevel().name(),
                        "ENROLLED",
                        at);
            case EnrolmentWithdrawn e ->
                enrolment(
                        e.getEnrolmentId(),
                        e.getParticipantId(),
                        e.getInstitutionCode(),
                        e.getCohortCode(),
                        null,
                        "WITHDRAWN",
                        at);
            case EnrolmentCompleted e ->
                enrolment(
                        e.getEnrolmentId(),
                        e.getParticipantId(),
                        e.getInstitutionCode(),
                        e.getCohortCode(),
                        null,
                        "COMPLETED",
                        at);
            case SessionScheduled e -> session(e.getSessionId(), e.getCohortCode(), false, false, at);
            case SessionCancelled e -> session(e.getSessionId(), e.getCohortCode(), false, true, at);
            case SessionCompleted e -> session(e.getSessionId(), e.getCohortCode(), true, false, at);
            case AttendanceRecorded e -> {
                attendance.add(e.getEnrolmentId(), e.getSessionId(), at);
                enrolmentIds.add(e.getEnrolmentId());
            }
            case AssessmentResultRecorded e -> assessment(e, at);
            default -> {} // CohortCreated, ParticipantRegistered: no figure depends on them
        }
    }

    private void enrolment(
            UUID id, UUID participant, String institution, String cohort, String level, String status, long at) {
        enrolments.add(id, participant, institution, cohort, level, status, at);
        institutionCodes.add(institution);
    }

    private void session(UUID id, String cohort, boolean completed, boolean cancelled, long at) {
        sessions.add(id, cohort, completed, cancelled, at);
        cohortCodes.add(cohort);
    }

    /** An UNKNOWN kind or theme (a newer producer's symbol) is left out, as events.md says. */
    private void assessment(AssessmentResultRecorded e, long at) {
        if (e.getKind() == AssessmentKind.UNKNOWN || e.getTheme() == Theme.UNKNOWN) {
            return;
        }
        assessments.add(
                e.getAssessmentId(),
                e.getEnrolmentId(),
                e.getTheme().name(),
                e.getKind().name(),
                e.getScore(),
                e.getAssessedAt().toEpochMilli(),
                at);
        enrolmentIds.add(e.getEnrolmentId());
    }
}
