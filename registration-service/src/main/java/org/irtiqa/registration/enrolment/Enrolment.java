package org.irtiqa.registration.enrolment;

import java.time.Instant;
import java.util.UUID;
import org.irtiqa.registration.participant.LeadershipLevel;

/**
 * A participant's place in a cohort. Its level is the participant's current one, so that a
 * corrected level shows here as it counts in the figures (readiness-metrics.md); {@code reason}
 * is the withdrawal's, if one was given.
 */
public record Enrolment(
        UUID id,
        UUID participantId,
        String institutionCode,
        String cohortCode,
        LeadershipLevel level,
        EnrolmentStatus status,
        Instant enrolledAt,
        Instant withdrawnAt,
        Instant completedAt,
        String reason) {}
