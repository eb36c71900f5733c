package org.irtiqa.scheduling.assessment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.irtiqa.scheduling.session.Theme;

/**
 * The body of {@code POST /api/assessments}. That {@code assessedAt} is not in the future needs
 * the clock, so {@link Assessments} checks it.
 */
public record RecordAssessment(
        @NotNull UUID participantId,
        @NotNull Theme theme,
        @NotNull AssessmentKind kind,
        @NotNull @DecimalMin("0") @DecimalMax("100") Double score,
        @NotNull Instant assessedAt,
        UUID sessionId) {

    public RecordAssessment {
        assessedAt = assessedAt == null ? null : assessedAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
