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
        Instant registeredAt) {

    /**
     * Whether {@code other} shows the same in events: institution, names and level. The e-mail and
     * job title never leave this service, so changing only those writes no event.
     */
    public boolean sameInEvents(Participant other) {
        return institutionCode.equals(other.institutionCode)
                && fullNameEn.equals(other.fullNameEn)
                && fullNameAr.equals(other.fullNameAr)
                && level == other.level;
    }
}
