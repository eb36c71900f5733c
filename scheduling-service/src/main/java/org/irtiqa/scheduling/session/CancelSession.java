package org.irtiqa.scheduling.session;

import jakarta.validation.constraints.Size;

/** The optional body of {@code POST /api/sessions/{id}/cancellation}. */
public record CancelSession(@Size(max = 500) String reason) {}
