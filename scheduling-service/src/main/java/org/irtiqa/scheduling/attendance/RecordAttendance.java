package org.irtiqa.scheduling.attendance;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The body of {@code POST /api/sessions/{id}/attendance}: one late attendee. */
public record RecordAttendance(@NotNull UUID participantId) {}
