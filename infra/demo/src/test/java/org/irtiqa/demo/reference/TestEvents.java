package org.irtiqa.demo.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.irtiqa.demo.reference.Event.Meta;

/** The reference's input events for hand-computed cases: each with a fresh eventId, revision 0 unless given. */
final class TestEvents {

    private TestEvents() {}

    /** A fresh id, as the producers' UUIDs are written. */
    static String id() {
        return UUID.randomUUID().toString();
    }

    static Meta meta(Instant at) {
        return new Meta(id(), at);
    }

    static Event institution(String code, String governorate, Instant at) {
        return new Event.InstitutionRegistered(meta(at), 0, code, "Institution " + code, governorate);
    }

    static Event cohortCreated(String code, LocalDate startsOn, LocalDate endsOn, Instant at) {
        return new Event.CohortCreated(meta(at), 0, code, "Cohort " + code, "دفعة " + code, startsOn, endsOn);
    }

    static Event cohortUpdated(
            String code, String nameEn, LocalDate startsOn, LocalDate endsOn, long revision, Instant at) {
        return new Event.CohortUpdated(meta(at), revision, code, nameEn, "دفعة " + nameEn, startsOn, endsOn);
    }

    static Event enrolled(
            String enrolment, String participant, String institution, String cohort, String level, Instant at) {
        return new Event.ParticipantEnrolled(meta(at), enrolment, participant, institution, cohort, level, at);
    }

    static Event withdrawn(String enrolment, String participant, String institution, String cohort, Instant at) {
        return new Event.EnrolmentWithdrawn(meta(at), enrolment, participant, institution, cohort, at);
    }

    static Event completed(String enrolment, String participant, String institution, String cohort, Instant at) {
        return completed(enrolment, participant, institution, cohort, at, at);
    }

    /** A completion recorded at {@code at} of one that happened at {@code completedAt}. */
    static Event completed(
            String enrolment, String participant, String institution, String cohort, Instant at, Instant completedAt) {
        return new Event.EnrolmentCompleted(meta(at), enrolment, participant, institution, cohort, completedAt);
    }

    static Event scheduled(String session, String cohort, Instant startsAt) {
        return new Event.SessionScheduled(meta(startsAt), 0, session, cohort, startsAt);
    }

    static Event rescheduled(String session, String cohort, Instant startsAt, long revision, Instant at) {
        return new Event.SessionRescheduled(meta(at), revision, session, cohort, startsAt);
    }

    static Event sessionCompleted(String session, String cohort, Instant at) {
        return new Event.SessionCompleted(meta(at), session, cohort, at);
    }

    /** Attendance through its participant, of one enrolment in one institution and cohort (only the pair counts). */
    static Event attended(
            String session, String participant, String enrolment, String institution, String cohort, Instant at) {
        return new Event.AttendanceRecorded(meta(at), 0, enrolment, session);
    }

    static Event assessed(
            String assessment,
            String participant,
            String enrolment,
            String institution,
            String cohort,
            String theme,
            String kind,
            double score,
            Instant assessedAt,
            Instant at) {
        return new Event.AssessmentResultRecorded(meta(at), assessment, enrolment, theme, kind, score, assessedAt);
    }
}
