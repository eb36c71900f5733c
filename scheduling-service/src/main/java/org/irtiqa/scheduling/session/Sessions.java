package org.irtiqa.scheduling.session;

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
 * Schedules, reschedules, cancels and completes sessions. Each change and its event commit together (outbox);
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
        CohortDates.requireWithin(cohort, request.startsAt(), request.endsAt());
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
            throw overlap(cohort.code());
        }
        outbox.append(Topics.SESSIONS, session.cohortCode(), SessionEvents.scheduled(meta, session));
        return session;
    }

    /**
     * New times, titles, venue or speakers for a SCHEDULED session, checked against the cohort's
     * current dates and its other sessions as a new one would be. Nothing changed: no event.
     */
    @Transactional
    public Session reschedule(UUID id, RescheduleSession request) {
        Session current = repository.lockForReschedule(id).orElseThrow(() -> notFound(id));
        CohortDates.requireWithin(roster.existingCohort(current.cohortCode()), request.startsAt(), request.endsAt());
        if (current.status() != SessionStatus.SCHEDULED) {
            throw notScheduled(current, "rescheduled");
        }
        Session rescheduled = request.applyTo(current);
        if (rescheduled.equals(current)) {
            return current;
        }
        long revision = repository.reschedule(rescheduled).orElseThrow(() -> overlap(current.cohortCode()));
        outbox.append(
                Topics.SESSIONS,
                rescheduled.cohortCode(),
                SessionEvents.rescheduled(metadata.next(), rescheduled, revision));
        return rescheduled;
    }

    @Transactional
    public Session cancel(UUID id, String reason) {
        EventMetadata meta = metadata.next();
        Session cancelled = repository
                .cancel(id, meta.getOccurredAt(), reason)
                .orElseThrow(() -> notScheduled(current(id), "cancelled"));
        outbox.append(Topics.SESSIONS, cancelled.cohortCode(), SessionEvents.cancelled(meta, cancelled, reason));
        return cancelled;
    }

    /**
     * Completes a SCHEDULED session that has begun (a session is held only once it has begun) with
     * its count of distinct attendees, in the caller's transaction (which records the attendance
     * with it); 409 when it is no longer SCHEDULED or has not started yet.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Session complete(UUID id, int attendeeCount, EventMetadata meta) {
        Session completed = repository
                .complete(id, meta.getOccurredAt(), attendeeCount)
                .orElseThrow(() -> {
                    Session current = current(id);
                    if (current.status() != SessionStatus.SCHEDULED) {
                        return notScheduled(current, "completed");
                    }
                    return new ConflictException(
                            "session-not-started",
                            "Session " + id + " starts at " + current.startsAt()
                                    + "; a session can be completed only once it has begun.");
                });
        outbox.append(Topics.SESSIONS, completed.cohortCode(), SessionEvents.completed(meta, completed));
        return completed;
    }

    /** Counts one more attendee recorded after completion, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void countLateAttendee(UUID id) {
        repository.countAttendees(id, 1);
    }

    /** Counts out an attendee whose attendance was revoked, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void countRevokedAttendee(UUID id) {
        repository.countAttendees(id, -1);
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

    private Session current(UUID id) {
        return repository.find(id).orElseThrow(() -> notFound(id));
    }

    private static ConflictException notScheduled(Session current, String verb) {
        return new ConflictException(
                "session-not-scheduled",
                "Session " + current.id() + " is " + current.status() + "; only a SCHEDULED session can be " + verb
                        + ".");
    }

    private static ConflictException overlap(String cohortCode) {
        return new ConflictException(
                "session-overlap",
                "The session overlaps another session of cohort " + cohortCode + " that is not cancelled.");
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No session with id " + id + ".");
    }
}
