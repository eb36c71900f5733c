package org.irtiqa.analytics.intake;

import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.Theme;
import org.irtiqa.events.scheduling.AssessmentCorrected;
import org.irtiqa.events.scheduling.AssessmentResultRecorded;
import org.irtiqa.events.scheduling.AssessmentRetracted;
import org.irtiqa.events.scheduling.AttendanceRecorded;
import org.irtiqa.events.scheduling.AttendanceRevoked;
import org.irtiqa.events.scheduling.SessionCancelled;
import org.irtiqa.events.scheduling.SessionCompleted;
import org.irtiqa.events.scheduling.SessionRescheduled;
import org.irtiqa.events.scheduling.SessionScheduled;

/** Sorts scheduling's events into a batch's columns (see {@link IntakeBatch} for their order). */
final class SchedulingRows {

    private SchedulingRows() {}

    /** False when the event is not one of scheduling's. */
    static boolean add(IntakeBatch batch, SpecificRecord event, long at, UUID id) {
        switch (event) {
            case SessionScheduled e -> {
                session(batch, e.getSessionId(), e.getCohortCode(), false, false, null, at);
                batch.schedules.add(e.getSessionId(), e.getStartsAt().toEpochMilli(), e.getRevision(), at, id);
            }
            case SessionRescheduled e -> {
                session(batch, e.getSessionId(), e.getCohortCode(), false, false, null, at);
                batch.schedules.add(e.getSessionId(), e.getStartsAt().toEpochMilli(), e.getRevision(), at, id);
            }
            case SessionCancelled e -> session(batch, e.getSessionId(), e.getCohortCode(), false, true, null, at);
            case SessionCompleted e ->
                session(
                        batch,
                        e.getSessionId(),
                        e.getCohortCode(),
                        true,
                        false,
                        e.getHeldAt().toEpochMilli(),
                        at);
            case AttendanceRecorded e -> {
                batch.attendance.add(e.getEnrolmentId(), e.getSessionId(), true, e.getRevision(), at, id);
                batch.enrolmentIds.add(e.getEnrolmentId());
            }
            case AttendanceRevoked e -> {
                batch.attendance.add(e.getEnrolmentId(), e.getSessionId(), false, e.getRevision(), at, id);
                batch.enrolmentIds.add(e.getEnrolmentId());
            }
            case AssessmentResultRecorded e -> assessment(batch, e, at);
            case AssessmentCorrected e -> {
                batch.corrections.add(e.getAssessmentId(), e.getEnrolmentId(), e.getScore(), e.getRevision(), at, id);
                batch.enrolmentIds.add(e.getEnrolmentId());
            }
            case AssessmentRetracted e -> {
                batch.retractions.add(e.getAssessmentId(), e.getEnrolmentId(), at);
                batch.enrolmentIds.add(e.getEnrolmentId());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void session(
            IntakeBatch batch, UUID id, String cohort, boolean completed, boolean cancelled, Long heldAt, long at) {
        batch.sessions.add(id, cohort, completed, cancelled, heldAt, at);
        batch.cohortCodes.add(cohort);
    }

    /** An UNKNOWN kind or theme (a newer producer's symbol) is left out, as events.md says. */
    private static void assessment(IntakeBatch batch, AssessmentResultRecorded e, long at) {
        if (e.getKind() == AssessmentKind.UNKNOWN || e.getTheme() == Theme.UNKNOWN) {
            return;
        }
        batch.assessments.add(
                e.getAssessmentId(),
                e.getEnrolmentId(),
                e.getTheme().name(),
                e.getKind().name(),
                e.getScore(),
                e.getAssessedAt().toEpochMilli(),
                at);
        batch.enrolmentIds.add(e.getEnrolmentId());
    }
}
