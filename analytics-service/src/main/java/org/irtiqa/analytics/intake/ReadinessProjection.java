package org.irtiqa.analytics.intake;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.support.consumer.ProcessedEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a batch of events to the readiness state in one transaction, each event at most once:
 * the ids it claims in {@link ProcessedEvents} commit with the state they changed.
 */
@Component
class ReadinessProjection {

    private final ProcessedEvents processed;
    private final JdbcClient jdbc;

    ReadinessProjection(ProcessedEvents processed, JdbcClient jdbc) {
        this.processed = processed;
        this.jdbc = jdbc;
    }

    @Transactional
    public void apply(List<SpecificRecord> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<UUID, SpecificRecord> byId = new LinkedHashMap<>();
        for (SpecificRecord event : events) {
            byId.putIfAbsent(meta(event).getEventId(), event);
        }
        Set<UUID> fresh = processed.claim(byId.keySet());
        byId.forEach((id, event) -> {
            if (fresh.contains(id)) {
                applyOne(event);
            }
        });
    }

    private void applyOne(SpecificRecord event) {
        switch (event) {
            case InstitutionRegistered e -> jdbc.sql("""
                            insert into institution (code, name_en, name_ar, governorate, last_event_at)
                            values (?, ?, ?, ?, ?) on conflict (code) do nothing""")
                    .params(e.getInstitutionCode(), e.getNameEn(), e.getNameAr(), e.getGovernorate().name(), at(e.getMeta()))
                    .update();
            case ParticipantEnrolled e -> jdbc.sql("""
                            insert into enrolment (id, participant_id, institution_code, cohort_code, level, status, last_event_at)
                            values (?, ?, ?, ?, ?, 'ENROLLED', ?)
                            on conflict (id) do update set level = excluded.level,
                                last_event_at = greatest(enrolment.last_event_at, excluded.last_event_at)""")
                    .params(e.getEnrolmentId(), e.getParticipantId(), e.getInstitutionCode(), e.getCohortCode(),
                            e.getLevel().name(), at(e.getMeta()))
                    .update();
            case EnrolmentWithdrawn e -> leave(e.getEnrolmentId(), e.getParticipantId(), e.getInstitutionCode(),
                    e.getCohortCode(), "WITHDRAWN", e.getMeta());
            case EnrolmentCompleted e -> leave(e.getEnrolmentId(), e.getParticipantId(), e.getInstitutionCode(),
                    e.getCohortCode(), "COMPLETED", e.getMeta());
            default -> { } // other registration records (ParticipantRegistered) carry nothing the figures need yet
        }
    }

    /** A withdrawal or completion may arrive before its enrolment; the status it sets is final either way. */
    private void leave(UUID enrolmentId, UUID participantId, String institution, String cohort, String status, EventMetadata meta) {
        jdbc.sql("""
                        insert into enrolment (id, participant_id, institution_code, cohort_code, level, status, last_event_at)
                        values (?, ?, ?, ?, null, ?, ?)
                        on conflict (id) do update set status = excluded.status,
                            last_event_at = greatest(enrolment.last_event_at, excluded.last_event_at)""")
                .params(enrolmentId, participantId, institution, cohort, status, at(meta))
                .update();
    }

    private static EventMetadata meta(SpecificRecord event) {
        return (EventMetadata) event.get(0);
    }

    private static Timestamp at(EventMetadata meta) {
        return Timestamp.from(meta.getOccurredAt());
    }
}
