package org.irtiqa.schemas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.irtiqa.events.analytics.InstitutionReadinessChanged;
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

/**
 * The topic table of {@code events.md} in code: every topic with its key, its producer, its
 * consumers, and the record schemas it carries, in the order they can occur. Tests iterate it
 * (registration, compatibility), the build generates the AsyncAPI document from it, and services
 * may use the constants; each still keeps its own catalogue of what it reads and writes, checked
 * against this one by a test in the service.
 */
public final class EventTypes {

    public static final String INSTITUTIONS = "registration.institutions.v1";
    public static final String COHORTS = "registration.cohorts.v1";
    public static final String PARTICIPANTS = "registration.participants.v1";
    public static final String ENROLMENTS = "registration.enrolments.v1";
    public static final String SESSIONS = "scheduling.sessions.v1";
    public static final String ATTENDANCE = "scheduling.attendance.v1";
    public static final String ASSESSMENTS = "scheduling.assessments.v1";
    public static final String READINESS = "analytics.readiness.v1";

    public static final String REGISTRATION = "registration-service";
    public static final String SCHEDULING = "scheduling-service";
    public static final String ANALYTICS = "analytics-service";

    private static final List<EventTopic> TOPICS = List.of(
            keptForever(
                    INSTITUTIONS,
                    "institutionCode",
                    REGISTRATION,
                    Set.of(ANALYTICS),
                    InstitutionRegistered.SCHEMA$,
                    InstitutionUpdated.SCHEMA$),
            keptForever(
                    COHORTS,
                    "cohortCode",
                    REGISTRATION,
                    Set.of(SCHEDULING, ANALYTICS),
                    CohortCreated.SCHEMA$,
                    CohortUpdated.SCHEMA$),
            keptForever(
                    PARTICIPANTS,
                    "institutionCode",
                    REGISTRATION,
                    Set.of(SCHEDULING, ANALYTICS),
                    ParticipantRegistered.SCHEMA$,
                    ParticipantUpdated.SCHEMA$),
            keptForever(
                    ENROLMENTS,
                    "institutionCode",
                    REGISTRATION,
                    Set.of(SCHEDULING, ANALYTICS),
                    ParticipantEnrolled.SCHEMA$,
                    EnrolmentWithdrawn.SCHEMA$,
                    EnrolmentCompleted.SCHEMA$),
            keptForever(
                    SESSIONS,
                    "cohortCode",
                    SCHEDULING,
                    Set.of(ANALYTICS),
                    SessionScheduled.SCHEMA$,
                    SessionRescheduled.SCHEMA$,
                    SessionCancelled.SCHEMA$,
                    SessionCompleted.SCHEMA$),
            keptForever(
                    ATTENDANCE,
                    "institutionCode",
                    SCHEDULING,
                    Set.of(ANALYTICS),
                    AttendanceRecorded.SCHEMA$,
                    AttendanceRevoked.SCHEMA$),
            keptForever(
                    ASSESSMENTS,
                    "institutionCode",
                    SCHEDULING,
                    Set.of(ANALYTICS),
                    AssessmentResultRecorded.SCHEMA$,
                    AssessmentCorrected.SCHEMA$,
                    AssessmentRetracted.SCHEMA$),
            // Read by any downstream; no service of ours consumes it in a group (analytics' own
            // dashboard stream tails it without one).
            new EventTopic(
                    READINESS,
                    "institutionCode",
                    ANALYTICS,
                    Set.of(),
                    true,
                    List.of(InstitutionReadinessChanged.SCHEMA$)));

    private static final Map<String, List<Schema>> BY_TOPIC = byTopicInOrder();

    private EventTypes() {}

    private static EventTopic keptForever(
            String name, String key, String producer, Set<String> consumers, Schema... records) {
        return new EventTopic(name, key, producer, consumers, false, List.of(records));
    }

    private static Map<String, List<Schema>> byTopicInOrder() {
        var map = new LinkedHashMap<String, List<Schema>>();
        TOPICS.forEach(topic -> map.put(topic.name(), topic.records()));
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Every topic, in {@code events.md} order. */
    public static List<EventTopic> topics() {
        return TOPICS;
    }

    /** The topics a service writes, in {@code events.md} order. */
    public static List<EventTopic> producedBy(String service) {
        return TOPICS.stream().filter(t -> t.producer().equals(service)).toList();
    }

    /** The topics a service consumes in a consumer group, in {@code events.md} order. */
    public static List<EventTopic> consumedBy(String service) {
        return TOPICS.stream().filter(t -> t.consumedBy(service)).toList();
    }

    /** Topic name to the record schemas written to it, in {@code events.md} order. */
    public static Map<String, List<Schema>> byTopic() {
        return BY_TOPIC;
    }

    /** Every event record schema (each appears on exactly one topic). */
    public static List<Schema> all() {
        return BY_TOPIC.values().stream().flatMap(List::stream).toList();
    }

    /** The topic a record type is written to. */
    public static String topicOf(Schema recordSchema) {
        return BY_TOPIC.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(s -> s.getFullName().equals(recordSchema.getFullName())))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No topic carries " + recordSchema.getFullName()));
    }
}
