package org.irtiqa.analytics.programme;

import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.demo.reference.Event;
import org.irtiqa.demo.reference.Event.Meta;
import org.irtiqa.demo.reference.ReferenceState;
import org.irtiqa.events.EventMetadata;
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

/**
 * The Avro records these tests send, as the reference's input ({@link Event} of infra/demo): field
 * by field, nothing computed; ids as their canonical strings, enums as their names. The fold itself
 * (duplicates, corrections, UNKNOWN kinds and themes) is the reference's.
 */
final class ReferenceEvents {

    private ReferenceEvents() {}

    /** Folds one sent record into the reference; a record the reference does not read changes nothing. */
    static void fold(ReferenceState reference, SpecificRecord record) {
        Event event = of(record);
        if (event != null) {
            reference.fold(event);
        }
    }

    static Event of(SpecificRecord record) {
        EventMetadata metadata = (EventMetadata) record.get(0);
        Meta m = new Meta(id(metadata.getEventId()), metadata.getOccurredAt());
        return switch (record) {
            case InstitutionRegistered e ->
                new Event.InstitutionRegistered(
                        m,
                        e.getRevision(),
                        e.getInstitutionCode(),
                        e.getNameEn(),
                        e.getGovernorate().name());
            case InstitutionUpdated e ->
                new Event.InstitutionUpdated(
                        m,
                        e.getRevision(),
                        e.getInstitutionCode(),
                        e.getNameEn(),
                        e.getGovernorate().name());
            case ParticipantRegistered e ->
                new Event.ParticipantRegistered(
                        m,
                        e.getRevision(),
                        id(e.getParticipantId()),
                        e.getLevel().name(),
                        e.getDisplayNameEn(),
                        e.getDisplayNameAr());
            case ParticipantUpdated e ->
                new Event.ParticipantUpdated(
                        m,
                        e.getRevision(),
                        id(e.getParticipantId()),
                        e.getLevel().name(),
                        e.getDisplayNameEn(),
                        e.getDisplayNameAr());
            case CohortCreated e ->
                new Event.CohortCreated(
                        m,
                        e.getRevision(),
                        e.getCohortCode(),
                        e.getNameEn(),
                        e.getNameAr(),
                        e.getStartsOn(),
                        e.getEndsOn());
            case CohortUpdated e ->
                new Event.CohortUpdated(
                        m,
                        e.getRevision(),
                        e.getCohortCode(),
                        e.getNameEn(),
                        e.getNameAr(),
                        e.getStartsOn(),
                        e.getEndsOn());
            case ParticipantEnrolled e ->
                new Event.ParticipantEnrolled(
                        m,
                        id(e.getEnrolmentId()),
                        id(e.getParticipantId()),
                        e.getInstitutionCode(),
                        e.getCohortCode(),
                        e.getLevel().name(),
                        e.getEnrolledAt());
            case EnrolmentWithdrawn e ->
                new Event.EnrolmentWithdrawn(
                        m,
                        id(e.getEnrolmentId()),
                        id(e.getParticipantId()),
                        e.getInstitutionCode(),
                        e.getCohortCode(),
                        e.getWithdrawnAt());
            case EnrolmentCompleted e ->
                new Event.EnrolmentCompleted(
                        m,
                        id(e.getEnrolmentId()),
                        id(e.getParticipantId()),
                        e.getInstitutionCode(),
                        e.getCohortCode(),
                        e.getCompletedAt());
            case SessionScheduled e ->
                new Event.SessionScheduled(
                        m, e.getRevision(), id(e.getSessionId()), e.getCohortCode(), e.getStartsAt());
            case SessionRescheduled e ->
                new Event.SessionRescheduled(
                        m, e.getRevision(), id(e.getSessionId()), e.getCohortCode(), e.getStartsAt());
            case SessionCompleted e ->
                new Event.SessionCompleted(m, id(e.getSessionId()), e.getCohortCode(), e.getHeldAt());
            case SessionCancelled e -> new Event.SessionCancelled(m, id(e.getSessionId()), e.getCohortCode());
            case AttendanceRecorded e ->
                new Event.AttendanceRecorded(m, e.getRevision(), id(e.getEnrolmentId()), id(e.getSessionId()));
            case AttendanceRevoked e ->
                new Event.AttendanceRevoked(m, e.getRevision(), id(e.getEnrolmentId()), id(e.getSessionId()));
            case AssessmentResultRecorded e ->
                new Event.AssessmentResultRecorded(
                        m,
                        id(e.getAssessmentId()),
                        id(e.getEnrolmentId()),
                        e.getTheme().name(),
                        e.getKind().name(),
                        e.getScore(),
                        e.getAssessedAt());
            case AssessmentCorrected e ->
                new Event.AssessmentCorrected(
                        m, e.getRevision(), id(e.getAssessmentId()), id(e.getEnrolmentId()), e.getScore());
            case AssessmentRetracted e ->
                new Event.AssessmentRetracted(m, id(e.getAssessmentId()), id(e.getEnrolmentId()));
            default -> null;
        };
    }

    private static String id(UUID id) {
        return id.toString();
    }
}
