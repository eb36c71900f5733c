package org.irtiqa.analytics.intake;

import java.time.LocalDate;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.events.registration.CohortUpdated;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.events.registration.InstitutionUpdated;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.events.registration.ParticipantUpdated;

/** Sorts registration's events into a batch's columns (see {@link IntakeBatch} for their order). */
final class RegistrationRows {

    private RegistrationRows() {}

    /** False when the event is not one of registration's. */
    static boolean add(IntakeBatch batch, SpecificRecord event, long at, UUID id) {
        switch (event) {
            case InstitutionRegistered e -> {
                batch.institutions.add(
                        e.getInstitutionCode(),
                        e.getNameEn(),
                        e.getNameAr(),
                        e.getGovernorate().name(),
                        e.getSector().name(),
                        e.getRevision(),
                        at,
                        id);
                batch.institutionCodes.add(e.getInstitutionCode());
            }
            case InstitutionUpdated e -> {
                batch.institutions.add(
                        e.getInstitutionCode(),
                        e.getNameEn(),
                        e.getNameAr(),
                        e.getGovernorate().name(),
                        e.getSector().name(),
                        e.getRevision(),
                        at,
                        id);
                batch.institutionCodes.add(e.getInstitutionCode());
            }
            case CohortCreated e ->
                batch.cohorts.add(
                        e.getCohortCode(),
                        e.getNameEn(),
                        e.getNameAr(),
                        days(e.getStartsOn()),
                        days(e.getEndsOn()),
                        e.getRevision(),
                        at,
                        id);
            case CohortUpdated e ->
                batch.cohorts.add(
                        e.getCohortCode(),
                        e.getNameEn(),
                        e.getNameAr(),
                        days(e.getStartsOn()),
                        days(e.getEndsOn()),
                        e.getRevision(),
                        at,
                        id);
            case ParticipantRegistered e -> {
                batch.participants.add(
                        e.getParticipantId(),
                        e.getInstitutionCode(),
                        e.getLevel().name(),
                        e.getDisplayNameEn(),
                        e.getDisplayNameAr(),
                        e.getRevision(),
                        at,
                        id);
                batch.participantIds.add(e.getParticipantId());
            }
            case ParticipantUpdated e -> {
                batch.participants.add(
                        e.getParticipantId(),
                        e.getInstitutionCode(),
                        e.getLevel().name(),
                        e.getDisplayNameEn(),
                        e.getDisplayNameAr(),
                        e.getRevision(),
                        at,
                        id);
                batch.participantIds.add(e.getParticipantId());
            }
            case ParticipantEnrolled e ->
                enrolment(batch, e.getEnrolmentId(), e.getParticipantId(), e.getInstitutionCode(), e.getCohortCode())
                        .add(
                                e.getLevel().name(),
                                "ENROLLED",
                                at,
                                null,
                                e.getEnrolledAt().toEpochMilli());
            case EnrolmentWithdrawn e ->
                enrolment(batch, e.getEnrolmentId(), e.getParticipantId(), e.getInstitutionCode(), e.getCohortCode())
                        .add(null, "WITHDRAWN", at, e.getWithdrawnAt().toEpochMilli(), null);
            case EnrolmentCompleted e ->
                enrolment(batch, e.getEnrolmentId(), e.getParticipantId(), e.getInstitutionCode(), e.getCohortCode())
                        .add(null, "COMPLETED", at, e.getCompletedAt().toEpochMilli(), null);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * The columns every enrolment event shares; the caller adds level (ParticipantEnrolled only),
     * status, the event's time, the status's business time (null for ENROLLED), by which
     * FinalStatusRule picks the status an enrolment ends with, and enrolledAt (ParticipantEnrolled only).
     */
    private record EnrolmentRow(IntakeBatch batch, UUID id, UUID participant, String institution, String cohort) {
        void add(String level, String status, long at, Long statusAt, Long enrolledAt) {
            batch.enrolments.add(id, participant, institution, cohort, level, status, at, statusAt, enrolledAt);
            batch.institutionCodes.add(institution);
        }
    }

    private static EnrolmentRow enrolment(
            IntakeBatch batch, UUID id, UUID participant, String institution, String cohort) {
        return new EnrolmentRow(batch, id, participant, institution, cohort);
    }

    private static int days(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }
}
