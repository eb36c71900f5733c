package org.irtiqa.analytics.intake;

import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.events.registration.CohortUpdated;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.events.registration.InstitutionUpdated;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.events.registration.ParticipantUpdated;
import org.irtiqa.events.scheduling.AssessmentCorrected;
import org.irtiqa.events.scheduling.AssessmentResultRecorded;
import org.irtiqa.events.scheduling.AssessmentRetracted;
import org.irtiqa.events.scheduling.AttendanceRecorded;
import org.irtiqa.events.scheduling.AttendanceRevoked;
import org.irtiqa.events.scheduling.SessionCancelled;
import org.irtiqa.events.scheduling.SessionCompleted;
import org.irtiqa.events.scheduling.SessionRescheduled;
import org.irtiqa.events.scheduling.SessionScheduled;
import org.irtiqa.support.consumer.PoisonEventException;

/**
 * What a decodable event must still satisfy before it may change the figures. Avro already
 * guarantees presence and types; what it cannot say (a score of 140, a record type no input topic
 * carries) is poison, dead-lettered rather than folded into the figures or retried forever.
 */
final class EventRules {

    private EventRules() {}

    static void check(SpecificRecord event) {
        switch (event) {
            case AssessmentResultRecorded e -> score(e.getAssessmentId(), e.getScore());
            case AssessmentCorrected e -> score(e.getAssessmentId(), e.getScore());
            case InstitutionRegistered e -> {}
            case InstitutionUpdated e -> {}
            case CohortCreated e -> {}
            case CohortUpdated e -> {}
            case ParticipantRegistered e -> {}
            case ParticipantUpdated e -> {}
            case ParticipantEnrolled e -> {}
            case EnrolmentWithdrawn e -> {}
            case EnrolmentCompleted e -> {}
            case SessionScheduled e -> {}
            case SessionRescheduled e -> {}
            case SessionCancelled e -> {}
            case SessionCompleted e -> {}
            case AttendanceRecorded e -> {}
            case AttendanceRevoked e -> {}
            case AssessmentRetracted e -> {}
            default -> throw unexpected(event);
        }
    }

    private static void score(Object assessment, double score) {
        if (!(score >= 0 && score <= 100)) { // also refuses NaN
            throw new PoisonEventException("Assessment " + assessment + " has score " + score + ", outside [0, 100]");
        }
    }

    private static PoisonEventException unexpected(SpecificRecord event) {
        return new PoisonEventException(event.getSchema().getFullName() + " is not a programme input event");
    }
}
