package org.irtiqa.demo;

import static org.irtiqa.demo.StepSender.map;

import org.irtiqa.demo.Programme.Step;

/** Sends the corrections of a plan (api.md "Corrections and integrity") to the service that owns the thing. */
final class CorrectionSender {

    private final Http registration;
    private final Http scheduling;
    private final ServerIds ids;

    CorrectionSender(Http registration, Http scheduling, ServerIds ids) {
        this.registration = registration;
        this.scheduling = scheduling;
        this.ids = ids;
    }

    void send(Step step, String key) {
        switch (step) {
            case Step.UpdateInstitution s -> {
                var i = s.institution();
                Retries.put(
                        registration,
                        "/api/institutions/" + i.code(),
                        map(
                                "nameEn",
                                i.nameEn(),
                                "nameAr",
                                i.nameAr(),
                                "governorate",
                                i.governorate(),
                                "sector",
                                i.sector()));
            }
            case Step.UpdateParticipant s -> {
                var p = s.participant();
                Retries.put(registration, "/api/participants/" + ids.get(p.key()), StepSender.personFields(p));
            }
            case Step.CorrectAssessment s ->
                Retries.write(
                        scheduling,
                        "/api/assessments/" + ids.get(s.assessmentKey()) + "/correction",
                        map("score", s.score(), "reason", s.reason()),
                        key);
            case Step.RetractAssessment s ->
                Retries.write(
                        scheduling,
                        "/api/assessments/" + ids.get(s.assessmentKey()) + "/retraction",
                        map("reason", s.reason()),
                        key);
            case Step.RevokeAttendance s ->
                Retries.write(
                        scheduling,
                        "/api/sessions/" + ids.get(s.sessionKey()) + "/attendance/" + ids.get(s.participantKey())
                                + "/revocation",
                        map("reason", s.reason()),
                        key);
            default -> throw new IllegalArgumentException("Not a correction: " + step);
        }
    }
}
