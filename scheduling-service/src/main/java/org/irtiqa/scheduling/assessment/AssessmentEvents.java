package org.irtiqa.scheduling.assessment;

import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.Theme;
import org.irtiqa.events.scheduling.AssessmentCorrected;
import org.irtiqa.events.scheduling.AssessmentResultRecorded;
import org.irtiqa.events.scheduling.AssessmentRetracted;

/** Maps assessments to their event at the messaging edge; the domain enums map by name. */
final class AssessmentEvents {

    private AssessmentEvents() {}

    static AssessmentResultRecorded recorded(EventMetadata meta, Assessment a) {
        return AssessmentResultRecorded.newBuilder()
                .setMeta(meta)
                .setAssessmentId(a.id())
                .setParticipantId(a.participantId())
                .setEnrolmentId(a.enrolmentId())
                .setInstitutionCode(a.institutionCode())
                .setCohortCode(a.cohortCode())
                .setTheme(Theme.valueOf(a.theme().name()))
                .setKind(AssessmentKind.valueOf(a.kind().name()))
                .setScore(a.score())
                .setAssessedAt(a.assessedAt())
                .setSessionId(a.sessionId())
                .build();
    }

    /** The corrected score, with the assessment's new revision. */
    static AssessmentCorrected corrected(EventMetadata meta, Assessment a, String reason, long revision) {
        return AssessmentCorrected.newBuilder()
                .setMeta(meta)
                .setAssessmentId(a.id())
                .setParticipantId(a.participantId())
                .setEnrolmentId(a.enrolmentId())
                .setInstitutionCode(a.institutionCode())
                .setCohortCode(a.cohortCode())
                .setScore(a.score())
                .setReason(reason)
                .setRevision(revision)
                .build();
    }

    static AssessmentRetracted retracted(EventMetadata meta, Assessment a, String reason, long revision) {
        return AssessmentRetracted.newBuilder()
                .setMeta(meta)
                .setAssessmentId(a.id())
                .setParticipantId(a.participantId())
                .setEnrolmentId(a.enrolmentId())
                .setInstitutionCode(a.institutionCode())
                .setCohortCode(a.cohortCode())
                .setReason(reason)
                .setRevision(revision)
                .build();
    }
}
