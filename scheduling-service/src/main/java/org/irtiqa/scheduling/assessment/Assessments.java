package org.irtiqa.scheduling.assessment;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.scheduling.roster.ActiveEnrolment;
import org.irtiqa.scheduling.roster.Roster;
import org.irtiqa.scheduling.session.Session;
import org.irtiqa.scheduling.session.SessionStatus;
import org.irtiqa.scheduling.session.Sessions;
import org.irtiqa.scheduling.system.Topics;
import org.irtiqa.support.events.EventIds;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.outbox.Outbox;
import org.irtiqa.support.web.InvalidRequestException;
import org.irtiqa.support.web.NotFoundException;
import org.irtiqa.support.web.UnknownReferenceException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records assessment results for the participant's active enrolment, whose cohort and
 * institution go into the event (analytics attributes scores by them).
 */
@Service
public class Assessments {

    private final AssessmentRepository repository;
    private final Roster roster;
    private final Sessions sessions;
    private final EventMetadataFactory metadata;
    private final Outbox outbox;

    Assessments(
            AssessmentRepository repository,
            Roster roster,
            Sessions sessions,
            EventMetadataFactory metadata,
            Outbox outbox) {
        this.repository = repository;
        this.roster = roster;
        this.sessions = sessions;
        this.metadata = metadata;
        this.outbox = outbox;
    }

    @Transactional
    public Assessment record(RecordAssessment request) {
        EventMetadata meta = metadata.next();
        if (request.assessedAt().isAfter(meta.getOccurredAt())) {
            throw InvalidRequestException.of("assessedAt", "must not be in the future");
        }
        ActiveEnrolment enrolment = roster.activeEnrolment(request.participantId())
                .orElseThrow(() -> new UnknownReferenceException(
                        "participantId", "Participant " + request.participantId() + " has no active enrolment."));
        if (request.sessionId() != null) {
            requireSessionOf(enrolment, request.sessionId());
        }
        var assessment = new Assessment(
                EventIds.next(),
                request.participantId(),
                enrolment.enrolmentId(),
                enrolment.institutionCode(),
                enrolment.cohortCode(),
                request.theme(),
                request.kind(),
                request.score(),
                request.assessedAt(),
                request.sessionId());
        repository.insert(assessment, meta.getOccurredAt());
        outbox.append(Topics.ASSESSMENTS, assessment.institutionCode(), AssessmentEvents.recorded(meta, assessment));
        return assessment;
    }

    /** The assessment with this id, if the caller may see its institution (else as if unknown). */
    @Transactional(readOnly = true)
    public Assessment get(UUID id, Predicate<String> visibleInstitution) {
        return repository
                .find(id)
                .filter(assessment -> visibleInstitution.test(assessment.institutionCode()))
                .orElseThrow(() -> new NotFoundException("No assessment with id " + id + "."));
    }

    /**
     * By assessedAt, those of institutions the caller may see; empty for a participant this service
     * has never heard of (and for one of another institution, which looks the same).
     */
    @Transactional(readOnly = true)
    public List<Assessment> ofParticipant(UUID participantId, Predicate<String> visibleInstitution) {
        return repository.ofParticipant(participantId).stream()
                .filter(assessment -> visibleInstitution.test(assessment.institutionCode()))
                .toList();
    }

    private void requireSessionOf(ActiveEnrolment enrolment, UUID sessionId) {
        Session session = sessions.find(sessionId)
                .orElseThrow(() -> new UnknownReferenceException("sessionId", "No session with id " + sessionId + "."));
        if (session.status() == SessionStatus.CANCELLED) {
            throw new UnknownReferenceException("sessionId", "Session " + sessionId + " was cancelled.");
        }
        if (!session.cohortCode().equals(enrolment.cohortCode())) {
            throw new UnknownReferenceException(
                    "sessionId",
                    "Session " + sessionId + " belongs to cohort " + session.cohortCode()
                            + ", not to the participant's cohort " + enrolment.cohortCode() + ".");
        }
    }
}
