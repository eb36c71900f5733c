package org.irtiqa.registration.enrolment;

import java.time.Instant;
import java.util.UUID;
import org.irtiqa.registration.participant.LeadershipLevel;

/** A participant's place in a cohort. */
public record Enrolment(
        UUID id,
        UUID participantId,
        String institutionCode,
        String cohortCode,
        LeadershipLevel level,
        EnrolmentStatus status,
        Instant enrolledAt,
        Instant withdrawnAt,
        Instant completedAt) {}
