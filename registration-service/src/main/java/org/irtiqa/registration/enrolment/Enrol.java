package org.irtiqa.registration.enrolment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The body of `POST /api/enrolments`. */
public record Enrol(@NotNull UUID participantId, @NotBlank String cohortCode) {}
