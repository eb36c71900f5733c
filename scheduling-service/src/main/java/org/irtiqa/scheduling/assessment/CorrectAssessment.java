package org.irtiqa.scheduling.assessment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.irtiqa.scheduling.system.Text;

/** The body of {@code POST /api/assessments/{id}/correction}: the right score, and why. */
public record CorrectAssessment(
        @NotNull @DecimalMin("0") @DecimalMax("100") Double score,
        @Size(max = 500) @Text String reason) {}
