package org.irtiqa.analytics.programme;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.Sector;
import org.irtiqa.events.SessionFormat;
import org.irtiqa.events.Theme;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.scheduling.AssessmentResultRecorded;
import org.irtiqa.events.scheduling.AttendanceRecorded;
import org.irtiqa.events.scheduling.SessionCancelled;
import org.irtiqa.events.scheduling.SessionCompleted;
import org.irtiqa.events.scheduling.SessionScheduled;
import org.irtiqa.support.events.EventIds;

/** Programme events as the producing services write them, each with its topic and key ({@link TestCorrections}: their corrections). */
public final class TestEvents {

    /** An event ready to send: where it goes and under which key. */
    public record Sent(String topic, String key, SpecificRecord event) {}

    private TestEvents() {}

    public static EventMetadata meta(Instant at) {
        return EventMetadata.newBuilder()
                .setEventId(EventIds.next())
                .setOccurredAt(at)
                .setSource("test")
                .build();
    }

    public static Sent institution(String code, Governorate governorate, Instant at) {
        return new Sent(
                "registration.institutions.v1",
                code,
                InstitutionRegistered.newBuilder()
                        .setMeta(meta(at))
                        .setInstitutionCode(code)
                        .setNameEn("Institution " + code)
                        .setNameAr("مؤسسة " + code)
                        .setGovernorate(governorate)
                        .setSector(Sector.MINISTRY)
                        .build());
    }

    public static Sent enrolled(
            UUID enrolment, UUID participant, String institution, String cohort, LeadershipLevel level, Instant at) {
        return enrolled(enrolment, participant, institution, cohort, level, at, at);
    }

    /** An enrolment recorded at {@code at} of one that began at {@code enrolledAt} (the past, on paper). */
    public static Sent enrolled(
            UUID enrolment,
            UUID participant,
            String institution,
            String cohort,
            LeadershipLevel level,
            Instant at,
            Instant enrolledAt) {
        return new Sent(
                "registration.enrolments.v1",
                institution,
                ParticipantEnrolled.newBuilder()
                        .setMeta(meta(at))
                        .setEnrolmentId(enrolment)
                        .setParticipantId(participant)
                        .setInstitutionCode(institution)
                        .setCohortCode(cohort)
                        .setLevel(level)
                        .setEnrolledAt(enrolledAt)
                        .build());
    }

    public static Sent withdrawn(UUID enrolment, UUID participant, String institution, String cohort, Instant at) {
        return withdrawn(enrolment, participant, institution, cohort, at, at);
    }

    /** A withdrawal recorded at {@code at} of one that happened at {@code withdrawnAt}. */
    public static Sent withdrawn(
            UUID enrolment, UUID participant, String institution, String cohort, Instant at, Instant withdrawnAt) {
        return new Sent(
                "registration.enrolments.v1",
                institution,
                EnrolmentWithdrawn.newBuilder()
                        .setMeta(meta(at))
                        .setEnrolmentId(enrolment)
                        .setParticipantId(participant)
                        .setInstitutionCode(institution)
                        .setCohortCode(cohort)
                        .setReason("moved")
                        .setWithdrawnAt(withdrawnAt)
                        .build());
    }

    public static Sent completed(UUID enrolment, UUID participant, String institution, String cohort, Instant at) {
        return completed(enrolment, participant, institution, cohort, at, at);
    }

    /** A completion recorded at {@code at} of one that happened at {@code completedAt}. */
    public static Sent completed(
            UUID enrolment, UUID participant, String institution, String cohort, Instant at, Instant completedAt) {
        return new Sent(
                "registration.enrolments.v1",
                institution,
                EnrolmentCompleted.newBuilder()
                        .setMeta(meta(at))
                        .setEnrolmentId(enrolment)
                        .setParticipantId(participant)
                        .setInstitutionCode(institution)
                        .setCohortCode(cohort)
                        .setCompletedAt(completedAt)
                        .build());
    }

    public static Sent scheduled(UUID session, String cohort, Instant at) {
        return scheduled(session, cohort, at, at);
    }

    /** A session planned at {@code at} to start at {@code startsAt}. */
    public static Sent scheduled(UUID session, String cohort, Instant at, Instant startsAt) {
        return new Sent(
                "scheduling.sessions.v1",
                cohort,
                SessionScheduled.newBuilder()
                        .setMeta(meta(at))
                        .setSessionId(session)
                        .setCohortCode(cohort)
                        .setTitleEn("Session")
                        .setTitleAr("جلسة")
                        .setFormat(SessionFormat.CASE_STUDY)
                        .setTheme(Theme.RISK_MANAGEMENT)
                        .setStartsAt(startsAt)
                        .setEndsAt(startsAt.plusSeconds(3600))
                        .setVenue(null)
                        .setSpeakers(List.of("Speaker"))
                        .build());
    }

    public static Sent sessionCompleted(UUID session, String cohort, Instant at) {
        return new Sent(
                "scheduling.sessions.v1",
                cohort,
                SessionCompleted.newBuilder()
                        .setMeta(meta(at))
                        .setSessionId(session)
                        .setCohortCode(cohort)
                        .setTheme(Theme.RISK_MANAGEMENT)
                        .setFormat(SessionFormat.CASE_STUDY)
                        .setHeldAt(at)
                        .setAttendeeCount(0)
                        .build());
    }

    public static Sent sessionCancelled(UUID session, String cohort, Instant at) {
        return new Sent(
                "scheduling.sessions.v1",
                cohort,
                SessionCancelled.newBuilder()
                        .setMeta(meta(at))
                        .setSessionId(session)
                        .setCohortCode(cohort)
                        .setReason(null)
                        .build());
    }

    public static Sent attended(
            UUID session, UUID participant, UUID enrolment, String institution, String cohort, Instant at) {
        return attended(session, participant, enrolment, institution, cohort, 0, at);
    }

    /** An attendance recorded (again, after a revocation, at a higher revision). */
    public static Sent attended(
            UUID session,
            UUID participant,
            UUID enrolment,
            String institution,
            String cohort,
            long revision,
            Instant at) {
        return new Sent(
                "scheduling.attendance.v1",
                institution,
                AttendanceRecorded.newBuilder()
                        .setMeta(meta(at))
                        .setSessionId(session)
                        .setParticipantId(participant)
                        .setEnrolmentId(enrolment)
                        .setInstitutionCode(institution)
                        .setCohortCode(cohort)
                        .setRecordedAt(at)
                        .setRevision(revision)
                        .build());
    }

    public static Sent assessed(
            UUID assessment,
            UUID participant,
            UUID enrolment,
            String institution,
            String cohort,
            Theme theme,
            AssessmentKind kind,
            double score,
            Instant assessedAt,
            Instant at) {
        return new Sent(
                "scheduling.assessments.v1",
                institution,
                AssessmentResultRecorded.newBuilder()
                        .setMeta(meta(at))
                        .setAssessmentId(assessment)
                        .setParticipantId(participant)
                        .setEnrolmentId(enrolment)
                        .setInstitutionCode(institution)
                        .setCohortCode(cohort)
                        .setTheme(theme)
                        .setKind(kind)
                        .setScore(score)
                        .setAssessedAt(assessedAt)
                        .setSessionId(null)
                        .build());
    }
}
