package org.irtiqa.scheduling.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.irtiqa.support.events.EventOrder;
import org.irtiqa.support.events.FinalStatusRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The roster's upserts, each order-free: a row is created by whichever event about it comes
 * first, and an event replaces what another left only when its rule says so (EventOrder for
 * corrections, FinalStatusRule for an enrolment's status), so arrival order never shows.
 */
@Component
class RosterWrites {

    private final JdbcClient jdbc;

    RosterWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** CohortCreated and CohortUpdated both carry the whole cohort: the one later in EventOrder wins. */
    void cohort(
            EventOrder order,
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
                        order.revision(),
                        utc(order.occurredAt()),
                        order.eventId())
                .update();
    }

    /** ParticipantRegistered and ParticipantUpdated both carry names and level: the later in EventOrder wins. */
    void participant(EventOrder order, UUID id, String institution, String level, String nameEn, String nameAr) {
        jdbc.sql("""
                        insert into roster_participant (id, institution_code, level, display_name_en, display_name_ar,
                                                        revision, occurred_at, event_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set
                            institution_code = excluded.institution_code, level = excluded.level,
                            display_name_en = excluded.display_name_en, display_name_ar = excluded.display_name_ar,
                            revision = excluded.revision, occurred_at = excluded.occurred_at, event_id = excluded.event_id
                        where %s""".formatted(EventOrder.supersedesSql("excluded", "roster_participant")))
                .params(
                        id,
                        institution,
                        level,
                        nameEn,
                        nameAr,
                        order.revision(),
                        utc(order.occurredAt()),
                        order.eventId())
                .update();
    }

    /** The enrolment as ParticipantEnrolled says, its status left to whatever status event came first. */
    void enrolled(UUID id, UUID participantId, String institution, String cohort, String level, Instant enrolledAt) {
        jdbc.sql("""
                        insert into roster_enrolment (id, participant_id, institution_code, cohort_code, level, status,
                                                      enrolled_at)
                        values (?, ?, ?, ?, ?, 'ENROLLED', ?)
                        on conflict (id) do update set level = excluded.level, enrolled_at = excluded.enrolled_at""")
                .params(id, participantId, institution, cohort, level, utc(enrolledAt))
                .update();
    }

    /**
     * A status change may arrive before its enrolment, and a completion and a withdrawal in either
     * order: FinalStatusRule (shared with analytics) decides which final status the enrolment keeps.
     */
    void leave(UUID id, UUID participantId, String institution, String cohort, String status, Instant at) {
        jdbc.sql("""
                        insert into roster_enrolment (id, participant_id, institution_code, cohort_code, level, status,
                                                      status_at)
                        values (?, ?, ?, ?, null, ?, ?)
                        on conflict (id) do update set status = excluded.status, status_at = excluded.status_at
                        where %s""".formatted(FinalStatusRule.supersedesSql("excluded", "roster_enrolment")))
                .params(id, participantId, institution, cohort, status, utc(at))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
