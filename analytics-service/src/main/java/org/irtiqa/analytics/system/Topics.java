package org.irtiqa.analytics.system;

import org.irtiqa.schemas.EventTypes;

/**
 * Every topic this service reads and writes (events.md "Topics"), with its key and record types.
 * Input topics are kept forever, so the whole state can be rebuilt from offset 0.
 */
public final class Topics {

    /** InstitutionRegistered, InstitutionUpdated, key institutionCode. */
    public static final String INSTITUTIONS = EventTypes.INSTITUTIONS;
    /** CohortCreated, CohortUpdated, key cohortCode (names and dates, for cohort figures). */
    public static final String COHORTS = EventTypes.COHORTS;
    /** ParticipantRegistered, ParticipantUpdated, key institutionCode (display names; the level enrolments count). */
    public static final String PARTICIPANTS = EventTypes.PARTICIPANTS;
    /** ParticipantEnrolled, EnrolmentWithdrawn, EnrolmentCompleted, key institutionCode. */
    public static final String ENROLMENTS = EventTypes.ENROLMENTS;
    /** SessionScheduled, SessionRescheduled, SessionCancelled, SessionCompleted, key cohortCode. */
    public static final String SESSIONS = EventTypes.SESSIONS;
    /** AttendanceRecorded, AttendanceRevoked, key institutionCode. */
    public static final String ATTENDANCE = EventTypes.ATTENDANCE;
    /** AssessmentResultRecorded, AssessmentCorrected, AssessmentRetracted, key institutionCode. */
    public static final String ASSESSMENTS = EventTypes.ASSESSMENTS;

    /** Written: InstitutionReadinessChanged, key institutionCode, compacted (latest figures per institution). */
    public static final String READINESS = EventTypes.READINESS;

    /** Everything the readiness figures are folded from. */
    public static final String[] INPUTS = {
        INSTITUTIONS, COHORTS, PARTICIPANTS, ENROLMENTS, SESSIONS, ATTENDANCE, ASSESSMENTS
    };

    private Topics() {}
}
