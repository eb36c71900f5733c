package org.irtiqa.scheduling.attendance;

import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.scheduling.AttendanceRecorded;
import org.irtiqa.events.scheduling.AttendanceRevoked;
import org.irtiqa.scheduling.roster.ActiveEnrolment;

/** Maps attendance to its event at the messaging edge. */
final class AttendanceEvents {

    private AttendanceEvents() {}

    static AttendanceRecorded recorded(EventMetadata meta, Attendance a, ActiveEnrolment enrolment, long revision) {
        return AttendanceRecorded.newBuilder()
                .setMeta(meta)
                .setSessionId(a.sessionId())
                .setParticipantId(a.participantId())
                .setEnrolmentId(a.enrolmentId())
                .setInstitutionCode(enrolment.institutionCode())
                .setCohortCode(enrolment.cohortCode())
                .setRecordedAt(a.recordedAt())
                .setRevision(revision)
                .build();
    }

    /** The pair of the enrolment the attendance was recorded for, with the pair's new revision. */
    static AttendanceRevoked revoked(EventMetadata meta, StoredAttendance stored, String reason, long revision) {
        Attendance a = stored.attendance();
        return AttendanceRevoked.newBuilder()
                .setMeta(meta)
                .setSessionId(a.sessionId())
                .setParticipantId(a.participantId())
                .setEnrolmentId(a.enrolmentId())
                .setInstitutionCode(stored.institutionCode())
                .setCohortCode(stored.cohortCode())
                .setReason(reason)
                .setRevision(revision)
                .build();
    }
}
