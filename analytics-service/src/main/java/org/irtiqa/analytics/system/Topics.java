package org.irtiqa.analytics.system;

/**
 * Every topic this service reads and writes (events.md "Topics"), with its key and record types.
 * Input topics are kept forever, so the whole state can be rebuilt from offset 0.
 */
public final class Topics {

    /** InstitutionRegistered, key institutionCode. */
    public static final String INSTITUTIONS = "registration.institutions.v1";
    /** CohortCreated, key cohortCode (read for dedup only: no figure needs it). */
    public static final String COHORTS = "registration.cohorts.v1";
    /** ParticipantRegistered, key institutionCode (read for dedup only: enrolments carry the level). */
    public static final String PARTICIPANTS = "registration.participants.v1";
    /** ParticipantEnrolled, EnrolmentWithdrawn, EnrolmentCompleted, key institutionCode. */
    public static final String ENROLMENTS = "registration.enrolments.v1";
    /** SessionScheduled, SessionCancelled, SessionCompleted, key cohortCode. */
    public static final String SESSIONS = "scheduling.sessions.v1";
    /** AttendanceRecorded, key institutionCode. */
    public static final String ATTENDANCE = "scheduling.attendance.v1";
    /** AssessmentResultRecorded, key institutionCode. */
    public static final String ASSESSMENTS = "scheduling.assessments.v1";

    /** Written: InstitutionReadinessChanged, key institutionCode, compacted (latest figures per institution). */
    public static final String READINESS = "analytics.readiness.v1";

    /** Everything the readiness figures are folded from. */
    public static final String[] INPUTS = {
        INSTITUTIONS, COHORTS, PARTICIPANTS, ENROLMENTS, SESSIONS, ATTENDANCE, ASSESSMENTS
    };

    private Topics() {}
}
