package org.irtiqa.scheduling.system;

import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.irtiqa.events.scheduling.AssessmentCorrected;
import org.irtiqa.events.scheduling.AssessmentResultRecorded;
import org.irtiqa.events.scheduling.AssessmentRetracted;
import org.irtiqa.events.scheduling.AttendanceRecorded;
import org.irtiqa.events.scheduling.AttendanceRevoked;
import org.irtiqa.events.scheduling.SessionCancelled;
import org.irtiqa.events.scheduling.SessionCompleted;
import org.irtiqa.events.scheduling.SessionRescheduled;
import org.irtiqa.events.scheduling.SessionScheduled;
import org.irtiqa.schemas.EventTypes;

/**
 * Every topic this service reads and writes, with its key and record types (events.md). Nothing
 * else in the service names a topic.
 */
public final class Topics {

    /** Read. CohortCreated, CohortUpdated, key cohortCode. */
    public static final String COHORTS = EventTypes.COHORTS;
    /** Read. ParticipantRegistered, ParticipantUpdated, key institutionCode. */
    public static final String PARTICIPANTS = EventTypes.PARTICIPANTS;
    /** Read. ParticipantEnrolled, EnrolmentWithdrawn, EnrolmentCompleted, key institutionCode. */
    public static final String ENROLMENTS = EventTypes.ENROLMENTS;

    /** Written. SessionScheduled, SessionRescheduled, SessionCancelled, SessionCompleted, key cohortCode. */
    public static final String SESSIONS = EventTypes.SESSIONS;
    /** Written. AttendanceRecorded, AttendanceRevoked, key institutionCode. */
    public static final String ATTENDANCE = EventTypes.ATTENDANCE;
    /** Written. AssessmentResultRecorded, AssessmentCorrected, AssessmentRetracted, key institutionCode. */
    public static final String ASSESSMENTS = EventTypes.ASSESSMENTS;

    static final Map<String, List<Schema>> WRITTEN = Map.of(
            SESSIONS,
                    List.of(
                            SessionScheduled.getClassSchema(),
                            SessionRescheduled.getClassSchema(),
                            SessionCancelled.getClassSchema(),
                            SessionCompleted.getClassSchema()),
            ATTENDANCE, List.of(AttendanceRecorded.getClassSchema(), AttendanceRevoked.getClassSchema()),
            ASSESSMENTS,
                    List.of(
                            AssessmentResultRecorded.getClassSchema(),
                            AssessmentCorrected.getClassSchema(),
                            AssessmentRetracted.getClassSchema()));

    private Topics() {}
}
