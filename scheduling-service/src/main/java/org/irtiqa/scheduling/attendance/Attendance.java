package org.irtiqa.scheduling.attendance;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant's presence at a session, recorded for their active enrolment in its cohort.
 * {@code revoked} only in the answer to a revocation: a revoked attendance is in no list.
 */
public record Attendance(UUID sessionId, UUID participantId, UUID enrolmentId, Instant recordedAt, boolean revoked) {

    Attendance revoke() {
        return new Attendance(sessionId, participantId, enrolmentId, recordedAt, true);
    }
}
