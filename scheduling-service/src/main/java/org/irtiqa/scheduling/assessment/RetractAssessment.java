package org.irtiqa.scheduling.assessment;

import jakarta.validation.constraints.Size;
import org.irtiqa.scheduling.system.Text;

/** The body of {@code POST /api/assessments/{id}/retraction}: why it should never have been recorded. */
public record RetractAssessment(@Size(max = 500) @Text String reason) {}
