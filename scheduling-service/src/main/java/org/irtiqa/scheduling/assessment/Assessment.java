package org.irtiqa.scheduling.assessment;

import java.time.Instant;
import java.util.UUID;
import org.irtiqa.scheduling.session.Theme;

/**
 * A participant's score on a theme, recorded for their active enrolment; the session is optional.
 * {@code score} is the current one, {@code originalScore} the one first recorded; a retracted
 * assessment is in no list and counts nowhere, but can still be read by its id.
 */
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
        UUID sessionId,
        double originalScore,
        boolean corrected,
        boolean retracted) {

    /** A newly recorded assessment. */
    static Assessment recorded(
            UUID id,
            UUID participantId,
            UUID enrolmentId,
            String institutionCode,
            String cohortCode,
            Theme theme,
            AssessmentKind kind,
            double score,
            Instant assessedAt,
            UUID sessionId) {
        return new Assessment(
                id,
                participantId,
                enrolmentId,
                institutionCode,
                cohortCode,
                theme,
                kind,
                score,
                assessedAt,
                sessionId,
                score,
                false,
                false);
    }
}
