package org.irtiqa.analytics.intake;

import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.events.scheduling.AssessmentResultRecorded;
import org.irtiqa.events.scheduling.AttendanceRecorded;
import org.irtiqa.events.scheduling.SessionCancelled;
import org.irtiqa.events.scheduling.SessionCompleted;
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
            case AssessmentResultRecorded e -> {
                double score = e.getScore();
                if (!(score >= 0 && score <= 100)) { // also refuses NaN
                    throw new PoisonEventException(
                            "Assessment " + e.getAssessmentId() + " has score " + score + ", outside [0, 100]");
                }
            }
            case InstitutionRegistered e -> {}
            case CohortCreated e -> {}
            case ParticipantRegistered e -> {}
            case ParticipantEnrolled e -> {}
            case EnrolmentWithdrawn e -> {}
            case EnrolmentCompleted e -> {}
            case SessionScheduled e -> {}
            case SessionCancelled e -> {}
            case SessionCompleted e -> {}
            case AttendanceRecorded e -> {}
            default -> throw unexpected(event);
        }
    }

    private static PoisonEventException unexpected(SpecificRecord event) {
        return new PoisonEventException(event.getSchema().getFullName() + " is not a programme input event");
    }
}
