package org.irtiqa.registration.participant;

import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.events.registration.ParticipantUpdated;

/**
 * Maps a participant to its events: names and level only, never contact data; each carries the
 * participant's revision, which counts the changes of what these events show.
 */
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
                .setRevision(0)
                .build();
    }

    static ParticipantUpdated updated(EventMetadata meta, Participant participant, long revision) {
        return ParticipantUpdated.newBuilder()
                .setMeta(meta)
                .setParticipantId(participant.id())
                .setInstitutionCode(participant.institutionCode())
                .setLevel(LeadershipLevel.valueOf(participant.level().name()))
                .setDisplayNameEn(participant.fullNameEn())
                .setDisplayNameAr(participant.fullNameAr())
                .setRevision(revision)
                .build();
    }
}
