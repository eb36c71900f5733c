package org.irtiqa.scheduling.roster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.support.consumer.ProcessedEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Applies registration events to the roster in one transaction, each event at most once. */
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
                jdbc.sql("""
                            insert into roster_cohort (code, name_en, name_ar, starts_on, ends_on, capacity)
                            values (?, ?, ?, ?, ?, ?) on conflict (code) do nothing""")
                        .params(
                                e.getCohortCode(),
                                e.getNameEn(),
                                e.getNameAr(),
                                e.getStartsOn(),
                                e.getEndsOn(),
                                e.getCapacity())
                        .update();
            case ParticipantRegistered e ->
                jdbc.sql("""
                            insert into roster_participant (id, institution_code, level, display_name_en, display_name_ar)
                            values (?, ?, ?, ?, ?) on conflict (id) do nothing""")
                        .params(
                                e.getParticipantId(),
                                e.getInstitutionCode(),
                                e.getLevel().name(),
                                e.getDisplayNameEn(),
                                e.getDisplayNameAr())
                        .update();
            case ParticipantEnrolled e ->
                jdbc.sql("""
                            insert into roster_enrolment (id, participant_id, institution_code, cohort_code, level, status)
                            values (?, ?, ?, ?, ?, 'ENROLLED')
                            on conflict (id) do update set level = excluded.level""")
                        .params(
                                e.getEnrolmentId(),
                                e.getParticipantId(),
                                e.getInstitutionCode(),
                                e.getCohortCode(),
                                e.getLevel().name())
                        .update();
            case EnrolmentWithdrawn e ->
                leave(e.getEnrolmentId(), e.getParticipantId(), e.getInstitutionCode(), e.getCohortCode(), "WITHDRAWN");
            case EnrolmentCompleted e ->
                leave(e.getEnrolmentId(), e.getParticipantId(), e.getInstitutionCode(), e.getCohortCode(), "COMPLETED");
            default -> {} // a record type added to these topics later: nothing of it is needed here
        }
    }

    /** A status change may arrive before its enrolment; the status it sets is final either way. */
    private void leave(UUID enrolmentId, UUID participantId, String institution, String cohort, String status) {
        jdbc.sql("""
                        insert into roster_enrolment (id, participant_id, institution_code, cohort_code, level, status)
                        values (?, ?, ?, ?, null, ?)
                        on conflict (id) do update set status = excluded.status""")
                .params(enrolmentId, participantId, institution, cohort, status)
                .update();
    }
}
