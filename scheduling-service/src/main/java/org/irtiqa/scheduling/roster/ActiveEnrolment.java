package org.irtiqa.scheduling.roster;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant's enrolment whose status is ENROLLED or COMPLETED (api.md "active"): what
 * attendance and assessments are recorded for. {@code enrolledAt} is null while the enrolment is
 * known only from a status event (its ParticipantEnrolled has not arrived yet).
 */
public record ActiveEnrolment(
        UUID enrolmentId, UUID participantId, String institutionCode, String cohortCode, Instant enrolledAt) {}
