package org.irtiqa.scheduling.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.scheduling.roster.Roster;
import org.irtiqa.scheduling.roster.RosterCohort;
import org.irtiqa.scheduling.system.Topics;
import org.irtiqa.support.events.EventIds;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.outbox.Outbox;
import org.irtiqa.support.web.ConflictException;
import org.irtiqa.support.web.NotFoundException;
import org.irtiqa.support.web.UnknownReferenceException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules, cancels and completes sessions. Each change and its event commit together (outbox);
 * the database keeps the rules that must hold under concurrency: no overlap within a cohort, and
 * a session leaves SCHEDULED once.
 */
@Service
public class Sessions {

    private final SessionRepository repository;
    private final Roster roster;
    private final EventMetadataFactory metadata;
    private final Outbox outbox;

    Sessions(SessionRepository repository, Roster roster, EventMetadataFactory metadata, Outbox outbox) {
        this.repository = repository;
        this.roster = roster;
        this.metadata = metadata;
        this.outbox = outbox;
    }

    @Transactional
    public Session schedule(ScheduleSession request) {
        RosterCohort cohort = roster.cohort(request.cohortCode())
                .orElseThrow(() -> new UnknownReferenceException(
                        "cohortCode", "No cohort with code " + request.cohortCode() + "."));
        if (!cohort.spans(request.startsAt(), request.endsAt())) {
            String field = request.startsAt().isBefore(cohort.opensAt()) ? "startsAt" : "endsAt";
            throw new UnknownReferenceException(
                    field,
                    "Cohort " + cohort.code() + " runs from " + cohort.startsOn() + " to " + cohort.endsOn()
                            + " (Asia/Muscat); the session must lie within those days.");
        }
        EventMetadata meta = metadata.next();
        var session = new Session(
                EventIds.next(),
                cohort.code(),
                request.titleEn(),
                request.titleAr(),
                request.format(),
                request.theme(),
                request.startsAt(),
                request.endsAt(),
                request.venue(),
                request.speakers(),
                SessionStatus.SCHEDULED,
                0);
        if (!repository.insert(session, meta.getOccurredAt())) {
            throw new ConflictException(
                    "session-overlap",
                    "The session overlaps another session of cohort " + cohort.code() + " that is not cancelled.");
        }
        outbox.append(Topics.SESSIONS, session.cohortCode(), SessionEvents.scheduled(meta, session));
        return session;
    }

    @Transactional
    public Session cancel(UUID id, String reason) {
        EventMetadata meta = metadata.next();
        Session cancelled = leaveScheduled(id, SessionStatus.CANCELLED, meta.getOccurredAt(), reason, 0);
        outbox.append(Topics.SESSIONS, cancelled.cohortCode(), SessionEvents.cancelled(meta, cancelled, reason));
        return cancelled;
    }

    /**
     * Completes a SCHEDULED session with its count of distinct attendees, in the caller's
     * transaction (which records the attendance with it); 409 when it is no longer SCHEDULED.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Session complete(UUID id, int attendeeCount, EventMetadata meta) {
        Session completed = leaveScheduled(id, SessionStatus.COMPLETED, meta.getOccurredAt(), null, attendeeCount);
        outbox.append(Topics.SESSIONS, completed.cohortCode(), SessionEvents.completed(meta, completed));
        return completed;
    }

    /** Counts one more attendee recorded after completion, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void countLateAttendee(UUID id) {
        repository.addAttendee(id);
    }

    @Transactional(readOnly = true)
    public Session get(UUID id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    public Optional<Session> find(UUID id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public List<Session> ofCohort(String cohortCode) {
        roster.existingCohort(cohortCode);
        return repository.ofCohort(cohortCode);
    }

    private Session leaveScheduled(UUID id, SessionStatus to, Instant at, String reason, int attendeeCount) {
        return repository.leaveScheduled(id, to, at, reason, attendeeCount).orElseThrow(() -> {
            Session current = repository.find(id).orElseThrow(() -> notFound(id));
            return new ConflictException(
                    "session-not-scheduled",
                    "Session " + id + " is " + current.status() + "; only a SCHEDULED session can become " + to + ".");
        });
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No session with id " + id + ".");
    }
}
