package org.irtiqa.analytics.system;

import org.irtiqa.schemas.EventTypes;

/**
 * Every topic this service reads and writes (events.md "Topics"), with its key and record types.
 * Input topics are kept forever, so the whole state can be rebuilt from offset 0.
 */
public final class Topics {

    /** InstitutionRegistered, key institutionCode. */
    public static final String INSTITUTIONS = EventTypes.INSTITUTIONS;
    /** CohortCreated, key cohortCode (read for dedup only: no figure needs it). */
    public static final String COHORTS = EventTypes.COHORTS;
    /** ParticipantRegistered, key institutionCode (read for dedup only: enrolments carry the level). */
    public static final String PARTICIPANTS = EventTypes.PARTICIPANTS;
    /** ParticipantEnrolled, EnrolmentWithdrawn, EnrolmentCompleted, key institutionCode. */
    public static final String ENROLMENTS = EventTypes.ENROLMENTS;
    /** SessionScheduled, SessionCancelled, SessionCompleted, key cohortCode. */
    public static final String SESSIONS = EventTypes.SESSIONS;
    /** AttendanceRecorded, key institutionCode. */
    public static final String ATTENDANCE = EventTypes.ATTENDANCE;
    /** AssessmentResultRecorded, key institutionCode. */
    public static final String ASSESSMENTS = EventTypes.ASSESSMENTS;

    /** Written: InstitutionReadinessChanged, key institutionCode, compacted (latest figures per institution). */
    public static final String READINESS = EventTypes.READINESS;

    /** Everything the readiness figures are folded from. */
    public static final String[] INPUTS = {
        INSTITUTIONS, COHORTS, PARTICIPANTS, ENROLMENTS, SESSIONS, ATTENDANCE, ASSESSMENTS
    };

    private Topics() {}
}
