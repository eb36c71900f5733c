package org.irtiqa.scheduling.assessment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.irtiqa.scheduling.session.Theme;

/**
 * The body of {@code POST /api/assessments}. That {@code assessedAt} is not in the future needs
 * the clock, so {@link Assessments} checks it; here it is only kept after 1970, so that an absurd
 * year is a 400 rather than a value PostgreSQL cannot store.
 */
public record RecordAssessment(
        @NotNull UUID participantId,
        @NotNull Theme theme,
        @NotNull AssessmentKind kind,
        @NotNull @DecimalMin("0") @DecimalMax("100") Double score,
        @JsonProperty("assessedAt") @NotNull Instant assessedAt,
        UUID sessionId) {

    public RecordAssessment {
        assessedAt = assessedAt == null ? null : assessedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    @JsonIgnore
    @AssertTrue(message = "must be in 1970 or later")
    public boolean isAssessedAt() {
        return assessedAt == null || !assessedAt.isBefore(Instant.EPOCH);
    }
}
