package org.irtiqa.registration.enrolment;

import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.ParticipantEnrolled;

/** Maps enrolments to their events at the messaging edge. */
final class EnrolmentEvents {

    private EnrolmentEvents() {}

    static ParticipantEnrolled enrolled(EventMetadata meta, Enrolment e) {
        return ParticipantEnrolled.newBuilder()
                .setMeta(meta)
                .setEnrolmentId(e.id())
                .setParticipantId(e.participantId())
                .setInstitutionCode(e.institutionCode())
                .setCohortCode(e.cohortCode())
                .setLevel(LeadershipLevel.valueOf(e.level().name()))
                .setEnrolledAt(e.enrolledAt())
                .build();
    }

    static EnrolmentWithdrawn withdrawn(EventMetadata meta, Enrolment e) {
        return EnrolmentWithdrawn.newBuilder()
                .setMeta(meta)
                .setEnrolmentId(e.id())
                .setParticipantId(e.participantId())
                .setInstitutionCode(e.institutionCode())
                .setCohortCode(e.cohortCode())
                .setReason(e.reason())
                .setWithdrawnAt(e.withdrawnAt())
                .build();
    }

    static EnrolmentCompleted completed(EventMetadata meta, Enrolment e) {
        return EnrolmentCompleted.newBuilder()
                .setMeta(meta)
                .setEnrolmentId(e.id())
                .setParticipantId(e.participantId())
                .setInstitutionCode(e.institutionCode())
                .setCohortCode(e.cohortCode())
                .setCompletedAt(e.completedAt())
                .build();
    }
}
