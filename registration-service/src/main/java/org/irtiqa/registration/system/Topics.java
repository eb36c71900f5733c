package org.irtiqa.registration.system;

import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.registration.ParticipantRegistered;

/**
 * Every topic this service writes, with its key and record types (events.md). Nothing else in the
 * service names a topic.
 */
public final class Topics {

    /** Key: institutionCode. */
    public static final String INSTITUTIONS = "registration.institutions.v1";
    /** Key: cohortCode. */
    public static final String COHORTS = "registration.cohorts.v1";
    /** Key: institutionCode. */
    public static final String PARTICIPANTS = "registration.participants.v1";
    /** Key: institutionCode. */
    public static final String ENROLMENTS = "registration.enrolments.v1";

    static final Map<String, List<Schema>> RECORDS = Map.of(
            INSTITUTIONS, List.of(InstitutionRegistered.getClassSchema()),
            COHORTS, List.of(CohortCreated.getClassSchema()),
            PARTICIPANTS, List.of(ParticipantRegistered.getClassSchema()),
            ENROLMENTS, List.of(
                    ParticipantEnrolled.getClassSchema(),
                    EnrolmentWithdrawn.getClassSchema(),
                    EnrolmentCompleted.getClassSchema()));

    private Topics() {}
}
