package org.irtiqa.demo;

import static org.irtiqa.demo.Retries.write;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.irtiqa.demo.Programme.Step;

/**
 * Sends one step of the plan as its HTTP write, to registration or scheduling, naming what was
 * loaded before by its server id and remembering the id of what it creates.
 */
final class StepSender {

    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final Http registration;
    private final Http scheduling;
    private final ServerIds ids;
    private final CorrectionSender corrections;

    StepSender(Http registration, Http scheduling, ServerIds ids) {
        this.registration = registration;
        this.scheduling = scheduling;
        this.ids = ids;
        this.corrections = new CorrectionSender(registration, scheduling, ids);
    }

    void send(Step step, String key) {
        switch (step) {
            case Step.RegisterInstitution s -> write(registration, "/api/institutions", s.institution(), key);
            case Step.CreateCohort s -> write(registration, "/api/cohorts", s.cohort(), key);
            case Step.RegisterParticipant s -> {
                var p = s.participant();
                Map<String, Object> body = map("institutionCode", p.institutionCode());
                body.putAll(personFields(p));
                ids.remember(p.key(), write(registration, "/api/participants", body, key));
            }
            case Step.Enrol s ->
                ids.remember(
                        s.enrolmentKey(),
                        write(
                                registration,
                                "/api/enrolments",
                                map(
                                        "participantId",
                                        ids.get(s.participantKey()),
                                        "cohortCode",
                                        s.cohortCode(),
                                        "enrolledAt",
                                        muscat(s.enrolledAt())),
                                key));
            case Step.Withdraw s ->
                write(
                        registration,
                        "/api/enrolments/" + ids.get(s.enrolmentKey()) + "/withdrawal",
                        map("reason", s.reason(), "withdrawnAt", muscat(s.withdrawnAt())),
                        key);
            case Step.Complete s ->
                write(
                        registration,
                        "/api/enrolments/" + ids.get(s.enrolmentKey()) + "/completion",
                        map("completedAt", muscat(s.completedAt())),
                        key);
            case Step.Schedule s -> {
                var session = s.session();
                Map<String, Object> body =
                        map("cohortCode", session.cohortCode(), "format", session.format(), "theme", session.theme());
                body.putAll(timesAndTitles(session));
                ids.remember(session.key(), write(scheduling, "/api/sessions", body, key));
            }
            case Step.Reschedule s ->
                Retries.put(scheduling, "/api/sessions/" + ids.get(s.session().key()), timesAndTitles(s.session()));
            case Step.Cancel s ->
                write(
                        scheduling,
                        "/api/sessions/" + ids.get(s.sessionKey()) + "/cancellation",
                        map("reason", s.reason()),
                        key);
            case Step.Hold s ->
                write(
                        scheduling,
                        "/api/sessions/" + ids.get(s.sessionKey()) + "/completion",
                        map("attendees", s.attendeeKeys().stream().map(ids::get).toList()),
                        key);
            case Step.LateAttendance s ->
                write(
                        scheduling,
                        "/api/sessions/" + ids.get(s.sessionKey()) + "/attendance",
                        map("participantId", ids.get(s.participantKey())),
                        key);
            case Step.Assess s -> {
                var a = s.assessment();
                ids.remember(
                        a.key(),
                        write(
                                scheduling,
                                "/api/assessments",
                                map(
                                        "participantId",
                                        ids.get(a.participantKey()),
                                        "theme",
                                        a.theme(),
                                        "kind",
                                        a.kind(),
                                        "score",
                                        a.score(),
                                        "assessedAt",
                                        muscat(a.assessedAt()),
                                        "sessionId",
                                        a.sessionKey() == null ? null : ids.get(a.sessionKey())),
                                key));
            }
            default -> corrections.send(step, key);
        }
    }

    /** What registration keeps of a participant besides the institution (and changes on PUT). */
    static Map<String, Object> personFields(Programme.Participant p) {
        return map(
                "fullNameEn",
                p.fullNameEn(),
                "fullNameAr",
                p.fullNameAr(),
                "email",
                p.email(),
                "level",
                p.level(),
                "jobTitle",
                p.jobTitle());
    }

    private static Map<String, Object> timesAndTitles(Programme.Session session) {
        return map(
                "titleEn",
                session.titleEn(),
                "titleAr",
                session.titleAr(),
                "startsAt",
                muscat(session.startsAt()),
                "endsAt",
                muscat(session.endsAt()),
                "venue",
                session.venue(),
                "speakers",
                session.speakers());
    }

    static String muscat(Instant instant) {
        return OFFSET_TIME.format(instant.atOffset(ZoneOffset.ofHours(4)));
    }

    /** Like Map.of, but keeps order and allows null values (an absent sessionId). */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
