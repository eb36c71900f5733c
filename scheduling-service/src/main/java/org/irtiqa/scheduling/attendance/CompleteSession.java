package org.irtiqa.scheduling.attendance;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/sessions/{id}/completion}: the participants who attended.
 * Duplicates collapse and the list may be empty, but it must be given: completion is final, and
 * a forgotten field should not silently record a session nobody attended.
 */
public record CompleteSession(@NotNull List<@NotNull UUID> attendees) {}
