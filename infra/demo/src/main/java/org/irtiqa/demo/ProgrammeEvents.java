package org.irtiqa.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.irtiqa.demo.Programme.Enrolment;
import org.irtiqa.demo.Programme.Step;
import org.irtiqa.demo.reference.Event;
import org.irtiqa.demo.reference.Event.Meta;

/**
 * A programme's facts as the events the reference folds ({@link Event}), so that the demo's
 * figures are the same computation as every service test's. The facts are what is true after
 * every correction, so each thing is stated once, at revision 0, and nothing is revoked,
 * corrected or retracted; a later programme of the list states an institution or a cohort it
 * shares with an earlier one at a higher revision, so its version wins (the last registration
 * written to the platform). Keys are local to a programme, so ids are its place in the list and
 * the key ({@code 0/E12-2}): unique across programmes, and within one programme in the order of
 * the keys, which is how ties between assessments were always broken. Institution and cohort
 * codes are the platform's.
 *
 * <p>The facts hold no time of recording: every event occurs at {@link Instant#EPOCH}, so
 * lastEventAt means nothing here (and {@link Readiness} has none). Business instants are those of
 * the facts (a session's startsAt, also as its heldAt; an assessment's assessedAt) and, for
 * enrolments, those of the plan's steps when it has them (else unknown: null).
 */
final class ProgrammeEvents {

    private final List<Event> events = new ArrayList<>();
    private final int place;
    private final Map<String, Instant> enrolledAt = new HashMap<>();
    private final Map<String, Instant> finishedAt = new HashMap<>();

    private ProgrammeEvents(int place, Programme programme) {
        this.place = place;
        programme.stages().forEach(stage -> stage.steps().forEach(step -> {
            switch (step) {
                case Step.Enrol s -> enrolledAt.put(s.enrolmentKey(), s.enrolledAt());
                case Step.Withdraw s -> finishedAt.put(s.enrolmentKey(), s.withdrawnAt());
                case Step.Complete s -> finishedAt.put(s.enrolmentKey(), s.completedAt());
                default -> {}
            }
        }));
    }

    /** The events of every programme written to one platform, in the order they were written. */
    static List<Event> of(List<Programme> programmes) {
        List<Event> events = new ArrayList<>();
        for (int place = 0; place < programmes.size(); place++) {
            events.addAll(new ProgrammeEvents(place, programmes.get(place)).translate(programmes.get(place)));
        }
        return events;
    }

    private List<Event> translate(Programme p) {
        p.institutions()
                .forEach(i -> events.add(new Event.InstitutionRegistered(
                        meta("institution", i.code()), place, i.code(), i.nameEn(), i.governorate())));
        p.cohorts()
                .forEach(c -> events.add(new Event.CohortCreated(
                        meta("cohort", c.code()), place, c.code(), c.nameEn(), c.nameAr(), c.startsOn(), c.endsOn())));
        p.participants()
                .forEach(q -> events.add(new Event.ParticipantRegistered(
                        meta("participant", q.key()), 0, id(q.key()), q.level(), q.fullNameEn(), q.fullNameAr())));
        p.enrolments().forEach(this::enrolment);
        p.sessions().forEach(s -> {
            events.add(new Event.SessionScheduled(
                    meta("scheduled", s.key()), 0, id(s.key()), s.cohortCode(), s.startsAt()));
            switch (s.outcome()) {
                case HELD ->
                    events.add(new Event.SessionCompleted(
                            meta("held", s.key()), id(s.key()), s.cohortCode(), s.startsAt()));
                case CANCELLED ->
                    events.add(new Event.SessionCancelled(meta("cancelled", s.key()), id(s.key()), s.cohortCode()));
                case SCHEDULED -> {}
            }
        });
        p.attendance()
                .forEach(a -> events.add(new Event.AttendanceRecorded(
                        meta("attendance", a.enrolmentKey() + "@" + a.sessionKey()),
                        0,
                        id(a.enrolmentKey()),
                        id(a.sessionKey()))));
        p.assessments()
                .forEach(a -> events.add(new Event.AssessmentResultRecorded(
                        meta("assessment", a.key()),
                        id(a.key()),
                        id(a.enrolmentKey()),
                        a.theme(),
                        a.kind(),
                        a.score(),
                        a.assessedAt())));
        return events;
    }

    private void enrolment(Enrolment e) {
        String id = id(e.key());
        String participant = id(e.participantKey());
        events.add(new Event.ParticipantEnrolled(
                meta("enrolled", e.key()),
                id,
                participant,
                e.institutionCode(),
                e.cohortCode(),
                e.level(),
                enrolledAt.get(e.key())));
        Meta finished = meta("finished", e.key());
        switch (e.status()) {
            case WITHDRAWN ->
                events.add(new Event.EnrolmentWithdrawn(
                        finished, id, participant, e.institutionCode(), e.cohortCode(), finishedAt.get(e.key())));
            case COMPLETED ->
                events.add(new Event.EnrolmentCompleted(
                        finished, id, participant, e.institutionCode(), e.cohortCode(), finishedAt.get(e.key())));
            case ENROLLED -> {}
        }
    }

    private String id(String key) {
        return place + "/" + key;
    }

    private Meta meta(String kind, String key) {
        return new Meta(place + "/" + kind + "/" + key, Instant.EPOCH);
    }
}
