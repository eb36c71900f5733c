package org.irtiqa.registration.enrolment;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.registration.cohort.Cohort;
import org.irtiqa.registration.cohort.Cohorts;
import org.irtiqa.registration.participant.Participant;
import org.irtiqa.registration.participant.Participants;
import org.irtiqa.registration.system.Page;
import org.irtiqa.registration.system.PageRequest;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.support.events.EventIds;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.events.Instants;
import org.irtiqa.support.outbox.Outbox;
import org.irtiqa.support.web.ConflictException;
import org.irtiqa.support.web.NotFoundException;
import org.irtiqa.support.web.UnknownReferenceException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols, withdraws and completes, now or as a record of the past. The database keeps the rules
 * under concurrency: a partial unique index allows one active enrolment per participant, and the
 * cohort's seat counter never passes its capacity.
 */
@Service
public class Enrolments {

    private final EnrolmentRepository repository;
    private final Participants participants;
    private final Cohorts cohorts;
    private final EventMetadataFactory metadata;
    private final Outbox outbox;

    Enrolments(
            EnrolmentRepository repository,
            Participants participants,
            Cohorts cohorts,
            EventMetadataFactory metadata,
            Outbox outbox) {
        this.repository = repository;
        this.participants = participants;
        this.cohorts = cohorts;
        this.metadata = metadata;
        this.outbox = outbox;
    }

    @Transactional
    public Enrolment enrol(Enrol request) {
        Participant participant = participants
                .find(request.participantId())
                .orElseThrow(() -> new UnknownReferenceException(
                        "participantId", "No participant with id " + request.participantId() + "."));
        Cohort cohort = cohorts.find(request.cohortCode())
                .orElseThrow(() -> new UnknownReferenceException(
                        "cohortCode", "No cohort with code " + request.cohortCode() + "."));
        EventMetadata meta = metadata.next();
        Instant enrolledAt =
                request.enrolledAt() == null ? meta.getOccurredAt() : Instants.truncate(request.enrolledAt());
        EnrolmentDates.refusal(cohort, enrolledAt, request.enrolledAt() != null, EnrolmentDates.today(metadata.clock()))
                .ifPresent(refusal -> {
                    throw refusal;
                });
        Enrolment enrolment = enrolled(participant, cohort, enrolledAt);
        if (!repository.insert(enrolment)) {
            throw new ConflictException(
                    "already-enrolled", "Participant " + participant.id() + " already has an active enrolment.");
        }
        if (!cohorts.takeSeat(cohort.code())) {
            throw new ConflictException("cohort-full", "Cohort " + cohort.code() + " has no seat left.");
        }
        outbox.append(Topics.ENROLMENTS, enrolment.institutionCode(), EnrolmentEvents.enrolled(meta, enrolment));
        return enrolment;
    }

    @Transactional
    public Enrolment withdraw(UUID id, Withdraw request) {
        EventMetadata meta = metadata.next();
        Instant at = request.withdrawnAt() == null ? meta.getOccurredAt() : Instants.truncate(request.withdrawnAt());
        Enrolment withdrawn = leaveEnrolled(id, EnrolmentStatus.WITHDRAWN, at, request.reason());
        cohorts.releaseSeat(withdrawn.cohortCode());
        outbox.append(Topics.ENROLMENTS, withdrawn.institutionCode(), EnrolmentEvents.withdrawn(meta, withdrawn));
        return withdrawn;
    }

    @Transactional
    public Enrolment complete(UUID id, Complete request) {
        EventMetadata meta = metadata.next();
        Instant at = request.completedAt() == null ? meta.getOccurredAt() : Instants.truncate(request.completedAt());
        Enrolment completed = leaveEnrolled(id, EnrolmentStatus.COMPLETED, at, null);
        outbox.append(Topics.ENROLMENTS, completed.institutionCode(), EnrolmentEvents.completed(meta, completed));
        return completed;
    }

    @Transactional(readOnly = true)
    public Page<Enrolment> list(EnrolmentFilter filter, PageRequest request) {
        return new Page<>(repository.page(filter, request), request.page(), request.size(), repository.count(filter));
    }

    /** The enrolment with this id, if the caller may see its institution (else as if unknown). */
    @Transactional(readOnly = true)
    public Enrolment get(UUID id, Predicate<String> visibleInstitution) {
        return repository
                .find(id)
                .filter(enrolment -> visibleInstitution.test(enrolment.institutionCode()))
                .orElseThrow(() -> notFound(id));
    }

    static Enrolment enrolled(Participant participant, Cohort cohort, Instant at) {
        return new Enrolment(
                EventIds.next(),
                participant.id(),
                participant.institutionCode(),
                cohort.code(),
                participant.level(),
                EnrolmentStatus.ENROLLED,
                at,
                null,
                null,
                null);
    }

    /** 404, then the conflicts in the order a reader would fix them: not ENROLLED, then too early. */
    private Enrolment leaveEnrolled(UUID id, EnrolmentStatus to, Instant at, String reason) {
        if (repository.transition(id, to, at, reason)) {
            return repository.find(id).orElseThrow();
        }
        Enrolment current = repository.find(id).orElseThrow(() -> notFound(id));
        if (current.status() != EnrolmentStatus.ENROLLED) {
            throw new ConflictException(
                    "enrolment-not-active",
                    "Enrolment " + id + " is " + current.status() + "; only an ENROLLED enrolment can become " + to
                            + ".");
        }
        throw new ConflictException(
                "before-enrolment",
                "Enrolment " + id + " began at " + current.enrolledAt() + "; it cannot become " + to + " before.");
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No enrolment with id " + id + ".");
    }
}
