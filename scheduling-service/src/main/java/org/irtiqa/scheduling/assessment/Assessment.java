package org.irtiqa.scheduling.assessment;

import java.time.Instant;
import java.util.UUID;
import org.irtiqa.scheduling.session.Theme;

/** A participant's score on a theme, recorded for their active enrolment; the session is optional. */
public record Assessment(
        UUID id,
        UUID participantId,
        UUID enrolmentId,
        String institutionCode,
        String cohortCode,
        Theme theme,
        AssessmentKind kind,
        double score,
        Instant assessedAt,
        UUID sessionId) {}
