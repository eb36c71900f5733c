package org.irtiqa.scheduling.assessment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.irtiqa.scheduling.session.Theme;

/**
 * The body of {@code POST /api/assessments}, validated whole: {@code assessedAt} not in the future
 * is checked in the same pass as the other fields (so a 400 lists every invalid one), and kept
 * after 1970, so that an absurd year is a 400 rather than a value PostgreSQL cannot store.
 */
public record RecordAssessment(
        @NotNull UUID participantId,
        @NotNull Theme theme,
        @NotNull AssessmentKind kind,
        @NotNull @DecimalMin("0") @DecimalMax("100") Double score,

        @JsonProperty("assessedAt") @NotNull @PastOrPresent(message = "must not be in the future")
        Instant assessedAt,

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
