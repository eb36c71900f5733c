package org.irtiqa.scheduling.attendance;

import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.scheduling.AttendanceRecorded;
import org.irtiqa.scheduling.roster.ActiveEnrolment;

/** Maps attendance to its event at the messaging edge. */
final class AttendanceEvents {

    private AttendanceEvents() {}

    static AttendanceRecorded recorded(EventMetadata meta, Attendance a, ActiveEnrolment enrolment) {
        return AttendanceRecorded.newBuilder()
                .setMeta(meta)
                .setSessionId(a.sessionId())
                .setParticipantId(a.participantId())
                .setEnrolmentId(a.enrolmentId())
                .setInstitutionCode(enrolment.institutionCode())
                .setCohortCode(enrolment.cohortCode())
                .setRecordedAt(a.recordedAt())
                .build();
    }
}
