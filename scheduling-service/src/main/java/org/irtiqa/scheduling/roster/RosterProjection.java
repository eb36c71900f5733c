package org.irtiqa.scheduling.roster;

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
    private final RosterWrites writes;

    RosterProjection(ProcessedEvents processed, RosterWrites writes) {
        this.processed = processed;
        this.writes = writes;
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
                writes.cohort(
                        EventOrder.of(e.getRevision(), e.getMeta()),
                        e.getCohortCode(),
                        e.getNameEn(),
                        e.getNameAr(),
                        e.getStartsOn(),
                        e.getEndsOn(),
                        e.getCapacity());
            case CohortUpdated e ->
                writes.cohort(
                        EventOrder.of(e.getRevision(), e.getMeta()),
                        e.getCohortCode(),
                        e.getNameEn(),
                        e.getNameAr(),
                        e.getStartsOn(),
                        e.getEndsOn(),
                        e.getCapacity());
            case ParticipantRegistered e ->
                writes.participant(
                        EventOrder.of(e.getRevision(), e.getMeta()),
                        e.getParticipantId(),
                        e.getInstitutionCode(),
                        e.getLevel().name(),
                        e.getDisplayNameEn(),
                        e.getDisplayNameAr());
            case ParticipantUpdated e ->
                writes.participant(
                        EventOrder.of(e.getRevision(), e.getMeta()),
                        e.getParticipantId(),
                        e.getInstitutionCode(),
                        e.getLevel().name(),
                        e.getDisplayNameEn(),
                        e.getDisplayNameAr());
            case ParticipantEnrolled e ->
                writes.enrolled(
                        e.getEnrolmentId(),
                        e.getParticipantId(),
                        e.getInstitutionCode(),
                        e.getCohortCode(),
                        e.getLevel().name(),
                        e.getEnrolledAt());
            case EnrolmentWithdrawn e ->
                writes.leave(
                        e.getEnrolmentId(),
                        e.getParticipantId(),
                        e.getInstitutionCode(),
                        e.getCohortCode(),
                        "WITHDRAWN",
                        e.getWithdrawnAt());
            case EnrolmentCompleted e ->
                writes.leave(
                        e.getEnrolmentId(),
                        e.getParticipantId(),
                        e.getInstitutionCode(),
                        e.getCohortCode(),
                        "COMPLETED",
                        e.getCompletedAt());
            default -> {} // a record type added to these topics later: nothing of it is needed here
        }
    }
}
