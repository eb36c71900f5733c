package org.irtiqa.registration.enrolment;

import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;

/** The optional body of `POST /api/enrolments/{id}/completion`; {@code completedAt} defaults to now. */
public record Complete(
        @PastOrPresent(message = "must not be in the future")
        Instant completedAt) {}
