package org.irtiqa.analytics.intake;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.events.EventMetadata;

/**
 * The fresh (not yet applied) events of one Kafka batch, sorted into the columns of the state
 * tables ({@link RegistrationRows}, {@link SchedulingRows}), and what they touched: the
 * institutions, enrolments, participants and cohorts whose figures may have changed. Instants
 * travel as epoch milliseconds (exact, unlike a float of seconds). An event and its corrections (a
 * registration and its updates, a recording and its revocation) go into the same columns, each
 * with its place in the fold (revision, occurredAt, eventId), so one statement picks the winner
 * among them and what is stored.
 */
final class IntakeBatch {

    /** code, nameEn, nameAr, governorate, sector, revision, at, eventId */
    final Columns institutions = new Columns("text", "text", "text", "text", "text", "int8", "int8", "uuid");
    /** code, nameEn, nameAr, startsOn and endsOn (epoch days), revision, at, eventId */
    final Columns cohorts = new Columns("text", "text", "text", "int4", "int4", "int8", "int8", "uuid");
    /** id, institutionCode, level, displayNameEn, displayNameAr, revision, at, eventId */
    final Columns participants = new Columns("uuid", "text", "text", "text", "text", "int8", "int8", "uuid");
    /**
     * id, participantId, institutionCode, cohortCode, level, status, at, statusAt (withdrawnAt,
     * completedAt), enrolledAt (ParticipantEnrolled only)
     */
    final Columns enrolments = new Columns("uuid", "uuid", "text", "text", "text", "text", "int8", "int8", "int8");
    /** id, cohortCode, completed, cancelled, heldAt, at */
    final Columns sessions = new Columns("uuid", "text", "bool", "bool", "int8", "int8");
    /** sessionId, startsAt, revision, at, eventId */
    final Columns schedules = new Columns("uuid", "int8", "int8", "int8", "uuid");
    /** enrolmentId, sessionId, present, revision, at, eventId */
    final Columns attendance = new Columns("uuid", "uuid", "bool", "int8", "int8", "uuid");
    /** id, enrolmentId, theme, kind, score, assessedAt, at */
    final Columns assessments = new Columns("uuid", "uuid", "text", "text", "float8", "int8", "int8");
    /** assessmentId, enrolmentId, score, revision, at, eventId */
    final Columns corrections = new Columns("uuid", "uuid", "float8", "int8", "int8", "uuid");
    /** assessmentId, enrolmentId, at */
    final Columns retractions = new Columns("uuid", "uuid", "int8");

    final Set<String> institutionCodes = new LinkedHashSet<>();
    final Set<UUID> enrolmentIds = new LinkedHashSet<>();
    final Set<UUID> participantIds = new LinkedHashSet<>();
    final Set<String> cohortCodes = new LinkedHashSet<>();

    void add(SpecificRecord event, EventMetadata meta) {
        long at = meta.getOccurredAt().toEpochMilli();
        UUID id = meta.getEventId();
        if (!RegistrationRows.add(this, event, at, id) && !SchedulingRows.add(this, event, at, id)) {
            // EventRules dead-letters such a record before it gets here
            throw new IllegalArgumentException(event.getSchema().getFullName() + " is no programme input event");
        }
    }
}
