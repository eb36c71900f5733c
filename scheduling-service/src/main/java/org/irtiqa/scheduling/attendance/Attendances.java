package org.irtiqa.scheduling.attendance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.scheduling.roster.ActiveEnrolment;
import org.irtiqa.scheduling.roster.Roster;
import org.irtiqa.scheduling.session.Session;
import org.irtiqa.scheduling.session.SessionStatus;
import org.irtiqa.scheduling.session.Sessions;
import org.irtiqa.scheduling.system.Topics;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.outbox.Outbox;
import org.irtiqa.support.web.ConflictException;
import org.irtiqa.support.web.NotFoundException;
import org.irtiqa.support.web.UnknownReferenceException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who attended a session: all attendees at completion, in the completion's transaction
 * (all or nothing), and late attendees one at a time afterwards. Each is recorded for the
 * participant's active enrolment in the session's cohort, at most once per session.
 */
@Service
public class Attendances {

    /** A late attendance, and whether this request created it (201) or found it (200). */
    public record Recorded(Attendance attendance, boolean created) {}

    private final AttendanceRepository repository;
    private final Sessions sessions;
    private final Roster roster;
    private final EventMetadataFactory metadata;
    private final Outbox outbox;

    Attendances(
            AttendanceRepository repository,
            Sessions sessions,
            Roster roster,
            EventMetadataFactory metadata,
            Outbox outbox) {
        this.repository = repository;
        this.sessions = sessions;
        this.roster = roster;
        this.metadata = metadata;
        this.outbox = outbox;
    }

    /** SessionCompleted and one AttendanceRecorded per distinct attendee, all in one transaction. */
    @Transactional
    public Session complete(UUID sessionId, CompleteSession request) {
        Session session = sessions.get(sessionId);
        Set<UUID> attendees = new LinkedHashSet<>(request.attendees());
        Map<UUID, ActiveEnrolment> enrolments = roster.activeEnrolmentsIn(session.cohortCode(), attendees);
        List<UUID> strangers =
                attendees.stream().filter(id -> !enrolments.containsKey(id)).toList();
        if (!strangers.isEmpty()) {
            throw new UnknownReferenceException(
                    "attendees",
                    "Not actively enrolled in cohort " + session.cohortCode()
                            + ": " + strangers.stream().limit(10).toList()
                            + (strangers.size() > 10 ? " and others" : "")
                            + ". Nothing was recorded.");
        }
        EventMetadata completion = metadata.next();
        Session completed = sessions.complete(sessionId, attendees.size(), completion);
        for (UUID participantId : attendees) {
            ActiveEnrolment enrolment = enrolments.get(participantId);
            var attendance = new Attendance(
                    sessionId, participantId, enrolment.enrolmentId(), completion.getOccurredAt(), false);
            long revision = repository.record(attendance, enrolment).orElseThrow();
            outbox.append(
                    Topics.ATTENDANCE,
                    enrolment.institutionCode(),
                    AttendanceEvents.recorded(metadata.next(), attendance, enrolment, revision));
        }
        return completed;
    }

    /**
     * A late attendee of a completed session, or one whose attendance was revoked recorded again
     * (the pair's next revision); recording an attendance that stands changes nothing.
     */
    @Transactional
    public Recorded record(UUID sessionId, RecordAttendance request) {
        Session session = sessions.get(sessionId);
        UUID participantId = request.participantId();
        Optional<Attendance> existing = repository.find(sessionId, participantId);
        if (existing.isPresent()) {
            return new Recorded(existing.get(), false);
        }
        ActiveEnrolment enrolment = roster.activeEnrolmentIn(session.cohortCode(), participantId)
                .orElseThrow(() -> new UnknownReferenceException(
                        "participantId",
                        "Participant " + participantId + " is not actively enrolled in cohort " + session.cohortCode()
                                + "."));
        if (session.status() != SessionStatus.COMPLETED) {
            throw new ConflictException(
                    "session-not-completed",
                    "Session " + sessionId + " is " + session.status()
                            + "; attendance is recorded at completion, and late attendance only after it.");
        }
        EventMetadata meta = metadata.next();
        var attendance = new Attendance(sessionId, participantId, enrolment.enrolmentId(), meta.getOccurredAt(), false);
        Optional<Long> revision = repository.record(attendance, enrolment);
        if (revision.isEmpty()) {
            // a racing request recorded the pair first and has committed: theirs is the record
            return new Recorded(repository.find(sessionId, participantId).orElseThrow(), false);
        }
        sessions.countLateAttendee(sessionId);
        outbox.append(
                Topics.ATTENDANCE,
                enrolment.institutionCode(),
                AttendanceEvents.recorded(meta, attendance, enrolment, revision.get()));
        return new Recorded(attendance, true);
    }

    /**
     * Revokes an attendance recorded by mistake: it leaves the session's list and attendeeCount,
     * and AttendanceRevoked names the enrolment it was recorded for. 404 when the participant's
     * attendance of the session was never recorded, 409 when it is revoked already.
     */
    @Transactional
    public Attendance revoke(UUID sessionId, UUID participantId, String reason) {
        sessions.get(sessionId);
        StoredAttendance stored = repository
                .lockLatest(sessionId, participantId)
                .orElseThrow(() -> new NotFoundException(
                        "Participant " + participantId + " has no recorded attendance of session " + sessionId + "."));
        if (stored.attendance().revoked()) {
            throw new ConflictException(
                    "attendance-revoked",
                    "The attendance of participant " + participantId + " at session " + sessionId
                            + " is revoked already; recording it again makes it count again.");
        }
        EventMetadata meta = metadata.next();
        long revision = repository.revoke(stored.attendance(), meta.getOccurredAt(), reason);
        sessions.countRevokedAttendee(sessionId);
        outbox.append(
                Topics.ATTENDANCE, stored.institutionCode(), AttendanceEvents.revoked(meta, stored, reason, revision));
        return stored.attendance().revoke();
    }

    /** The session's attendance; only that institution's participants' when {@code institutionCode} is set. */
    @Transactional(readOnly = true)
    public List<Attendance> ofSession(UUID sessionId, String institutionCode) {
        sessions.get(sessionId);
        return repository.ofSession(sessionId, institutionCode);
    }
}
