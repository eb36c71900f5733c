package org.irtiqa.demo.reference;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The events of events.md that readiness-metrics.md reads, in plain Java and with only the fields it
 * reads: the one input of the reference. A service's tests translate the Avro records they send
 * into these, field by field; {@code org.irtiqa.demo.Figures} translates a programme's facts into
 * them. Ids are canonical lower-case strings (a String's {@code toString()}), because the contract
 * breaks ties by comparing them as such. Enum values are their names; a kind or theme
 * {@code UNKNOWN} is ignored by the fold, as the contract says.
 */
public sealed interface Event {

    Meta meta();

    /** The envelope: a duplicate {@code eventId} changes nothing; {@code occurredAt} is for lastEventAt and ties. */
    record Meta(String eventId, Instant occurredAt) {}

    record InstitutionRegistered(Meta meta, long revision, String institutionCode, String nameEn, String governorate)
            implements Event {}

    record InstitutionUpdated(Meta meta, long revision, String institutionCode, String nameEn, String governorate)
            implements Event {}

    record ParticipantRegistered(
            Meta meta, long revision, String participantId, String level, String displayNameEn, String displayNameAr)
            implements Event {}

    record ParticipantUpdated(
            Meta meta, long revision, String participantId, String level, String displayNameEn, String displayNameAr)
            implements Event {}

    record CohortCreated(
            Meta meta,
            long revision,
            String cohortCode,
            String nameEn,
            String nameAr,
            LocalDate startsOn,
            LocalDate endsOn)
            implements Event {}

    record CohortUpdated(
            Meta meta,
            long revision,
            String cohortCode,
            String nameEn,
            String nameAr,
            LocalDate startsOn,
            LocalDate endsOn)
            implements Event {}

    record ParticipantEnrolled(
            Meta meta,
            String enrolmentId,
            String participantId,
            String institutionCode,
            String cohortCode,
            String level,
            Instant enrolledAt)
            implements Event {}

    record EnrolmentWithdrawn(
            Meta meta,
            String enrolmentId,
            String participantId,
            String institutionCode,
            String cohortCode,
            Instant withdrawnAt)
            implements Event {}

    record EnrolmentCompleted(
            Meta meta,
            String enrolmentId,
            String participantId,
            String institutionCode,
            String cohortCode,
            Instant completedAt)
            implements Event {}

    record SessionScheduled(Meta meta, long revision, String sessionId, String cohortCode, Instant startsAt)
            implements Event {}

    record SessionRescheduled(Meta meta, long revision, String sessionId, String cohortCode, Instant startsAt)
            implements Event {}

    record SessionCompleted(Meta meta, String sessionId, String cohortCode, Instant heldAt) implements Event {}

    record SessionCancelled(Meta meta, String sessionId, String cohortCode) implements Event {}

    record AttendanceRecorded(Meta meta, long revision, String enrolmentId, String sessionId) implements Event {}

    record AttendanceRevoked(Meta meta, long revision, String enrolmentId, String sessionId) implements Event {}

    record AssessmentResultRecorded(
            Meta meta,
            String assessmentId,
            String enrolmentId,
            String theme,
            String kind,
            double score,
            Instant assessedAt)
            implements Event {}

    record AssessmentCorrected(Meta meta, long revision, String assessmentId, String enrolmentId, double score)
            implements Event {}

    record AssessmentRetracted(Meta meta, String assessmentId, String enrolmentId) implements Event {}
}
