package org.irtiqa.schemas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The topic table of {@code events.md} in code: every topic and the record schemas it carries, in
 * the order they can occur. Tests iterate it (registration, compatibility); services may use the
 * constants, but each still keeps its own catalogue of what it reads and writes.
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

    private static final Map<String, List<Schema>> BY_TOPIC = byTopicInOrder();

    private EventTypes() {}

    private static Map<String, List<Schema>> byTopicInOrder() {
        var map = new LinkedHashMap<String, List<Schema>>();
        map.put(INSTITUTIONS, List.of(InstitutionRegistered.SCHEMA$, InstitutionUpdated.SCHEMA$));
        map.put(COHORTS, List.of(CohortCreated.SCHEMA$, CohortUpdated.SCHEMA$));
        map.put(PARTICIPANTS, List.of(ParticipantRegistered.SCHEMA$, ParticipantUpdated.SCHEMA$));
        map.put(
                ENROLMENTS,
                List.of(ParticipantEnrolled.SCHEMA$, EnrolmentWithdrawn.SCHEMA$, EnrolmentCompleted.SCHEMA$));
        map.put(
                SESSIONS,
                List.of(
                        SessionScheduled.SCHEMA$,
                        SessionRescheduled.SCHEMA$,
                        SessionCancelled.SCHEMA$,
                        SessionCompleted.SCHEMA$));
        map.put(ATTENDANCE, List.of(AttendanceRecorded.SCHEMA$, AttendanceRevoked.SCHEMA$));
        map.put(
                ASSESSMENTS,
                List.of(AssessmentResultRecorded.SCHEMA$, AssessmentCorrected.SCHEMA$, AssessmentRetracted.SCHEMA$));
        map.put(READINESS, List.of(InstitutionReadinessChanged.SCHEMA$));
        return java.util.Collections.unmodifiableMap(map);
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
