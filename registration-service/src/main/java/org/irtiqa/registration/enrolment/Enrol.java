package org.irtiqa.registration.enrolment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.util.UUID;

/** The body of `POST /api/enrolments`; {@code enrolledAt} records a past enrolment (default: now). */
public record Enrol(
        @NotNull UUID participantId,
        @NotBlank String cohortCode,

        @PastOrPresent(message = "must not be in the future")
        Instant enrolledAt) {}
