package org.irtiqa.registration.enrolment;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The optional body of `POST /api/enrolments/{id}/withdrawal`; {@code withdrawnAt} defaults to now. */
public record Withdraw(
        @Size(max = 500) String reason,

        @PastOrPresent(message = "must not be in the future")
        Instant withdrawnAt) {}
