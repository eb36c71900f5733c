package org.irtiqa.scheduling.system;

/** Every topic this service reads (events.md). The scheduling.* topics it writes come with its API. */
public final class Topics {

    /** CohortCreated, key cohortCode. */
    public static final String COHORTS = "registration.cohorts.v1";
    /** ParticipantRegistered, key institutionCode. */
    public static final String PARTICIPANTS = "registration.participants.v1";
    /** ParticipantEnrolled, EnrolmentWithdrawn, EnrolmentCompleted, key institutionCode. */
    public static final String ENROLMENTS = "registration.enrolments.v1";

    private Topics() {}
}
