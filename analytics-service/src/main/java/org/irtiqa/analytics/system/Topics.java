package org.irtiqa.analytics.system;

/** Every topic this service reads (events.md); keys are institution or cohort codes. */
public final class Topics {

    /** InstitutionRegistered, key institutionCode. */
    public static final String INSTITUTIONS = "registration.institutions.v1";
    /** ParticipantRegistered, key institutionCode. */
    public static final String PARTICIPANTS = "registration.participants.v1";
    /** ParticipantEnrolled, EnrolmentWithdrawn, EnrolmentCompleted, key institutionCode. */
    public static final String ENROLMENTS = "registration.enrolments.v1";

    private Topics() {}
}
