package org.irtiqa.registration.enrolment;

import jakarta.validation.constraints.Size;

/** The optional body of `POST /api/enrolments/{id}/withdrawal`. */
public record Withdraw(@Size(max = 500) String reason) {}
