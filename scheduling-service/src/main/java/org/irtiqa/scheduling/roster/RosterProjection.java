package org.irtiqa.scheduling.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.events.registration.CohortUpdated;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.events.registration.ParticipantUpdated;
import org.irtiqa.support.consumer.ProcessedEvents;
import org.irtiqa.support.events.EventOrder;
import org.irtiqa.support.events.FinalStatusRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies registration events to the roster in one transaction, each event at most once, and
 * order-free: corrections fold by EventOrder, an enrolment's final status by FinalStatusRule, so
 * the roster after a set of events does not depend on the order they arrived in.
 */
@Component
class RosterProjection {

    private final ProcessedEvents processed;
    private final JdbcClient jdbc;

    RosterProjection(ProcessedEvents processed, JdbcClient jdbc) {
        this.processed = processed;
        this.jdbc = jdbc;
    }

    @Transactional
    public void apply(List<SpecificRecord> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<UUID, SpecificRecord> byId = new LinkedHashMap<>();
        events.forEach(event -> byId.putIfAbsent(((EventMetadata) event.get(0)).getEventId(), event));
        Set<UUID> fresh = processed.claim(byId.keySet());
        byId.forEach((id, event) -> {
            if (fresh.contains(id)) {
                applyOne(event);
            }
        });
    }

    private void applyOne(SpecificRecord event) {
        switch (event) {
            case CohortCreated e ->
                cohort(
                        e.getMeta(),
                        e.getRevision(),
                        e.getCohortCode(),
                        e.getNameEn(),
                        e.getNameAr(),
                        e.getStartsOn(),
                        e.getEndsOn(),
                        e.getCapacity());
            case CohortUpdated e ->
                cohort(
                        e.getMeta(),
                        e.getRevision(),
                        e.getCohortCode(),
                        e.getNameEn(),
                        e.getNameAr(),
                        e.getStartsOn(),
                        e.getEndsOn(),
                        e.getCapacity());
            case ParticipantRegistered e ->
                participant(
                        e.getMeta(),
                        e.getRevision(),
                        e.getParticipantId(),
                        e.getInstitutionCode(),
                        e.getLevel().name(),
                        e.getDisplayNameEn(),
                        e.getDisplayNameAr());
            case ParticipantUpdated e ->
                participant(
                        e.getMeta(),
                        e.getRevision(),
                        e.getParticipantId(),
                        e.getInstitutionCode(),
                        e.getLevel().name(),
                        e.getDisplayNameEn(),
                        e.getDisplayNameAr());
            case ParticipantEnrolled e ->
                jdbc.sql("""
                            insert into roster_enrolment (id, participant_id, institution_code, cohort_code, level, status,
                                                          enrolled_at)
                            values (?, ?, ?, ?, ?, 'ENROLLED', ?)
                            on conflict (id) do update set level = excluded.level, enrolled_at = excluded.enrolled_at""")
                        .params(
                                e.getEnrolmentId(),
                                e.getParticipantId(),
                                e.getInstitutionCode(),
                                e.getCohortCode(),
                                e.getLevel().name(),
                                utc(e.getEnrolledAt()))
                        .update();
            case EnrolmentWithdrawn e ->
                leave(
                        e.getEnrolmentId(),
                        e.getParticipantId(),
                        e.getInstitutionCode(),
                        e.getCohortCode(),
                        "WITHDRAWN",
                        e.getWithdrawnAt());
            case EnrolmentCompleted e ->
                leave(
                        e.getEnrolmentId(),
                        e.getParticipantId(),
                        e.getInstitutionCode(),
                        e.getCohortCode(),
                        "COMPLETED",
                        e.getCompletedAt());
            default -> {} // a record type added to these topics later: nothing of it is needed here
        }
    }

    /** CohortCreated and CohortUpdated both carry the whole cohort: the one later in EventOrder wins. */
    private void cohort(
            EventMetadata meta,
            long revision,
            String code,
            String nameEn,
            String nameAr,
            LocalDate startsOn,
            LocalDate endsOn,
            int capacity) {
        jdbc.sql("""
                        insert into roster_cohort (code, name_en, name_ar, starts_on, ends_on, capacity,
                                                   revision, occurred_at, event_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (code) do update set
                            name_en = excluded.name_en, name_ar = excluded.name_ar, starts_on = excluded.starts_on,
                            ends_on = excluded.ends_on, capacity = excluded.capacity, revision = excluded.revision,
                            occurred_at = excluded.occurred_at, event_id = excluded.event_id
                        where %s""".formatted(EventOrder.supersedesSql("excluded", "roster_cohort")))
                .params(
                        code,
                        nameEn,
                        nameAr,
                        startsOn,
                        endsOn,
                        capacity,
                        revision,
                        utc(meta.getOccurredAt()),
                        meta.getEventId())
                .update();
    }

    /** ParticipantRegistered and ParticipantUpdated both carry names and level: the later in EventOrder wins. */
    private void participant(
            EventMetadata meta,
            long revision,
            UUID id,
            String institution,
            String level,
            String nameEn,
            String nameAr) {
        jdbc.sql("""
                        insert into roster_participant (id, institution_code, level, display_name_en, display_name_ar,
                                                        revision, occurred_at, event_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set
                            institution_code = excluded.institution_code, level = excluded.level,
                            display_name_en = excluded.display_name_en, display_name_ar = excluded.display_name_ar,
                            revision = excluded.revision, occurred_at = excluded.occurred_at, event_id = excluded.event_id
                        where %s""".formatted(EventOrder.supersedesSql("excluded", "roster_participant")))
                .params(id, institution, level, nameEn, nameAr, revision, utc(meta.getOccurredAt()), meta.getEventId())
                .update();
    }

    /**
     * A status change may arrive before its enrolment, and a completion and a withdrawal in either
     * order: FinalStatusRule (shared with analytics) decides which final status the enrolment keeps.
     */
    private void leave(
            UUID enrolmentId, UUID participantId, String institution, String cohort, String status, Instant at) {
        jdbc.sql("""
                        insert into roster_enrolment (id, participant_id, institution_code, cohort_code, level, status,
                                                      status_at)
                        values (?, ?, ?, ?, null, ?, ?)
                        on conflict (id) do update set status = excluded.status, status_at = excluded.status_at
                        where %s""".formatted(FinalStatusRule.supersedesSql("excluded", "roster_enrolment")))
                .params(enrolmentId, participantId, institution, cohort, status, utc(at))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
