package org.irtiqa.scheduling.attendance;

import jakarta.validation.constraints.Size;
import org.irtiqa.scheduling.system.Text;

/** The optional body of {@code POST /api/sessions/{id}/attendance/{participantId}/revocation}. */
public record RevokeAttendance(@Size(max = 500) @Text String reason) {}
