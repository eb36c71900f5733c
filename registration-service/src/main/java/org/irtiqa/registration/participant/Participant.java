package org.irtiqa.registration.participant;

import java.time.Instant;
import java.util.UUID;

/** A leader of an institution. The e-mail address never leaves this service in an event. */
public record Participant(
        UUID id,
        String institutionCode,
        String fullNameEn,
        String fullNameAr,
        String email,
        LeadershipLevel level,
        String jobTitle,
        Instant registeredAt) {}
