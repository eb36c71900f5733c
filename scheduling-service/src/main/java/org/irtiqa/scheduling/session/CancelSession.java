package org.irtiqa.scheduling.session;

import jakarta.validation.constraints.Size;
import org.irtiqa.scheduling.system.Text;

/** The optional body of {@code POST /api/sessions/{id}/cancellation}. */
public record CancelSession(@Size(max = 500) @Text String reason) {}
