package org.irtiqa.registration.system;

import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.irtiqa.schemas.EventTypes;

/**
 * Every topic this service writes, with its key and record types (events.md). Nothing else in the
 * service names a topic.
 */
public final class Topics {

    /** InstitutionRegistered, InstitutionUpdated, key institutionCode. */
    public static final String INSTITUTIONS = EventTypes.INSTITUTIONS;
    /** CohortCreated, CohortUpdated, key cohortCode. */
    public static final String COHORTS = EventTypes.COHORTS;
    /** ParticipantRegistered, ParticipantUpdated, key institutionCode. */
    public static final String PARTICIPANTS = EventTypes.PARTICIPANTS;
    /** ParticipantEnrolled, EnrolmentWithdrawn, EnrolmentCompleted, key institutionCode. */
    public static final String ENROLMENTS = EventTypes.ENROLMENTS;

    static final Map<String, List<Schema>> RECORDS = Map.of(
            INSTITUTIONS, EventTypes.byTopic().get(INSTITUTIONS),
            COHORTS, EventTypes.byTopic().get(COHORTS),
            PARTICIPANTS, EventTypes.byTopic().get(PARTICIPANTS),
            ENROLMENTS, EventTypes.byTopic().get(ENROLMENTS));

    private Topics() {}
}
