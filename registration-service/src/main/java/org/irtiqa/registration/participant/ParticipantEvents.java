package org.irtiqa.registration.participant;

import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.registration.ParticipantRegistered;

/** Maps a participant to its event: names and level only, never contact data. */
final class ParticipantEvents {

    private ParticipantEvents() {}

    static ParticipantRegistered registered(EventMetadata meta, Participant participant) {
        return ParticipantRegistered.newBuilder()
                .setMeta(meta)
                .setParticipantId(participant.id())
                .setInstitutionCode(participant.institutionCode())
                .setLevel(LeadershipLevel.valueOf(participant.level().name()))
                .setDisplayNameEn(participant.fullNameEn())
                .setDisplayNameAr(participant.fullNameAr())
                .build();
    }
}
