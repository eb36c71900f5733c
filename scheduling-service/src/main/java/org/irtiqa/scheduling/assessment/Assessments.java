package org.irtiqa.scheduling.assessment;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.scheduling.roster.ActiveEnrolment;
import org.irtiqa.scheduling.roster.Roster;
import org.irtiqa.scheduling.session.Sessions;
import org.irtiqa.scheduling.system.Topics;
import org.irtiqa.support.events.EventIds;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.outbox.Outbox;
import org.irtiqa.support.web.ConflictException;
import org.irtiqa.support.web.NotFoundException;
import org.irtiqa.support.web.UnknownReferenceException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records assessment results for the participant's active enrolment, whose cohort and
 * institution go into the event (analytics attributes scores by them), and corrects and retracts
 * them. Each change and its event commit together (outbox).
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
        ActiveEnrolment enrolment = roster.activeEnrolment(request.participantId())
                .orElseThrow(() -> new UnknownReferenceException(
                        "participantId", "Participant " + request.participantId() + " has no active enrolment."));
        if (request.sessionId() != null) {
            AssessmentRules.requireSessionFits(
                    sessions.find(request.sessionId()), request.sessionId(), request, enrolment);
        }
        AssessmentRules.requireAfterEnrolment(request, enrolment);
        var assessment = Assessment.recorded(
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
        EventMetadata meta = metadata.next();
        repository.insert(assessment, meta.getOccurredAt());
        outbox.append(Topics.ASSESSMENTS, assessment.institutionCode(), AssessmentEvents.recorded(meta, assessment));
        return assessment;
    }

    /** A new score for an assessment typed wrongly; the same score again changes nothing and writes no event. */
    @Transactional
    public Assessment correct(UUID id, CorrectAssessment request) {
        Assessment current = unretracted(id);
        if (Double.compare(current.score(), request.score()) == 0) {
            return current;
        }
        EventMetadata meta = metadata.next();
        long revision = repository.correct(id, request.score(), meta.getOccurredAt(), request.reason());
        Assessment corrected = repository.find(id).orElseThrow();
        outbox.append(
                Topics.ASSESSMENTS,
                corrected.institutionCode(),
                AssessmentEvents.corrected(meta, corrected, request.reason(), revision));
        return corrected;
    }

    /** An assessment that should never have been recorded: final, it leaves every list and figure. */
    @Transactional
    public Assessment retract(UUID id, String reason) {
        unretracted(id);
        EventMetadata meta = metadata.next();
        long revision = repository.retract(id, meta.getOccurredAt(), reason);
        Assessment retracted = repository.find(id).orElseThrow();
        outbox.append(
                Topics.ASSESSMENTS,
                retracted.institutionCode(),
                AssessmentEvents.retracted(meta, retracted, reason, revision));
        return retracted;
    }

    /** The assessment with this id, if the caller may see its institution (else as if unknown). */
    @Transactional(readOnly = true)
    public Assessment get(UUID id, Predicate<String> visibleInstitution) {
        return repository
                .find(id)
                .filter(assessment -> visibleInstitution.test(assessment.institutionCode()))
                .orElseThrow(() -> notFound(id));
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

    /** The assessment, locked, unless it is unknown (404) or retracted (409). */
    private Assessment unretracted(UUID id) {
        Assessment current = repository.lock(id).orElseThrow(() -> notFound(id));
        if (current.retracted()) {
            throw new ConflictException(
                    "assessment-retracted", "Assessment " + id + " was retracted; a retraction is final.");
        }
        return current;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No assessment with id " + id + ".");
    }
}
