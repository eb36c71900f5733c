package org.irtiqa.scheduling.attendance;

import java.time.Instant;
import java.util.UUID;

/** A participant's presence at a session, recorded for their active enrolment in its cohort. */
public record Attendance(UUID sessionId, UUID participantId, UUID enrolmentId, Instant recordedAt) {}
