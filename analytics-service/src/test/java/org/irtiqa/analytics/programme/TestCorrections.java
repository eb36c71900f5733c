package org.irtiqa.analytics.programme;

import static org.irtiqa.analytics.programme.TestEvents.meta;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.irtiqa.analytics.programme.TestEvents.Sent;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.Sector;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.events.registration.CohortUpdated;
import org.irtiqa.events.registration.InstitutionUpdated;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.events.registration.ParticipantUpdated;
import org.irtiqa.events.scheduling.AssessmentCorrected;
import org.irtiqa.events.scheduling.AssessmentRetracted;
import org.irtiqa.events.scheduling.AttendanceRevoked;
import org.irtiqa.events.scheduling.SessionRescheduled;

/**
 * The corrections of events.md (and the cohort and participant records they correct) as the
 * producers write them, each with the revision its producer would give it: the thing's version,
 * 0 when created and +1 at each change ({@link TestEvents} for the facts they correct).
 */
public final class TestCorrections {

    private TestCorrections() {}

    public static Sent institutionUpdated(
            String code, String nameEn, Governorate governorate, Sector sector, long revision, Instant at) {
        return new Sent(
                "registration.institutions.v1",
                code,
                InstitutionUpdated.newBuilder()
                        .setMeta(meta(at))
                        .setInstitutionCode(code)
                        .setNameEn(nameEn)
                        .setNameAr("مؤسسة " + nameEn)
                        .setGovernorate(governorate)
                        .setSector(sector)
                        .setRevision(revision)
                        .build());
    }

    public static Sent cohortCreated(String code, LocalDate startsOn, LocalDate endsOn, Instant at) {
        return new Sent(
                "registration.cohorts.v1",
                code,
                CohortCreated.newBuilder()
                        .setMeta(meta(at))
                        .setCohortCode(code)
                        .setNameEn("Cohort " + code)
                        .setNameAr("دفعة " + code)
                        .setStartsOn(startsOn)
                        .setEndsOn(endsOn)
                        .setCapacity(40)
                        .build());
    }

    public static Sent cohortUpdated(
            String code, String nameEn, LocalDate startsOn, LocalDate endsOn, long revision, Instant at) {
        return new Sent(
                "registration.cohorts.v1",
                code,
                CohortUpdated.newBuilder()
                        .setMeta(meta(at))
                        .setCohortCode(code)
                        .setNameEn(nameEn)
                        .setNameAr("دفعة " + nameEn)
                        .setStartsOn(startsOn)
                        .setEndsOn(endsOn)
                        .setCapacity(40)
                        .setRevision(revision)
                        .build());
    }

    public static Sent participantRegistered(UUID participant, String institution, LeadershipLevel level, Instant at) {
        return new Sent(
                "registration.participants.v1",
                institution,
                ParticipantRegistered.newBuilder()
                        .setMeta(meta(at))
                        .setParticipantId(participant)
                        .setInstitutionCode(institution)
                        .setLevel(level)
                        .setDisplayNameEn("Leader " + participant.toString().substring(0, 8))
                        .setDisplayNameAr("قائد")
                        .build());
    }

    public static Sent participantUpdated(
            UUID participant, String institution, LeadershipLevel level, String nameEn, long revision, Instant at) {
        return new Sent(
                "registration.participants.v1",
                institution,
                ParticipantUpdated.newBuilder()
                        .setMeta(meta(at))
                        .setParticipantId(participant)
                        .setInstitutionCode(institution)
                        .setLevel(level)
                        .setDisplayNameEn(nameEn)
                        .setDisplayNameAr("قائد")
                        .setRevision(revision)
                        .build());
    }

    public static Sent rescheduled(UUID session, String cohort, Instant startsAt, long revision, Instant at) {
        return new Sent(
                "scheduling.sessions.v1",
                cohort,
                SessionRescheduled.newBuilder()
                        .setMeta(meta(at))
                        .setSessionId(session)
                        .setCohortCode(cohort)
                        .setTitleEn("Session, moved")
                        .setTitleAr("جلسة")
                        .setStartsAt(startsAt)
                        .setEndsAt(startsAt.plusSeconds(3600))
                        .setVenue(null)
                        .setSpeakers(List.of("Speaker"))
                        .setRevision(revision)
                        .build());
    }

    public static Sent revoked(
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
                AttendanceRevoked.newBuilder()
                        .setMeta(meta(at))
                        .setSessionId(session)
                        .setParticipantId(participant)
                        .setEnrolmentId(enrolment)
                        .setInstitutionCode(institution)
                        .setCohortCode(cohort)
                        .setReason("recorded by mistake")
                        .setRevision(revision)
                        .build());
    }

    public static Sent corrected(
            UUID assessment,
            UUID participant,
            UUID enrolment,
            String institution,
            String cohort,
            double score,
            long revision,
            Instant at) {
        return new Sent(
                "scheduling.assessments.v1",
                institution,
                AssessmentCorrected.newBuilder()
                        .setMeta(meta(at))
                        .setAssessmentId(assessment)
                        .setParticipantId(participant)
                        .setEnrolmentId(enrolment)
                        .setInstitutionCode(institution)
                        .setCohortCode(cohort)
                        .setScore(score)
                        .setReason("typed wrongly")
                        .setRevision(revision)
                        .build());
    }

    public static Sent retracted(
            UUID assessment,
            UUID participant,
            UUID enrolment,
            String institution,
            String cohort,
            long revision,
            Instant at) {
        return new Sent(
                "scheduling.assessments.v1",
                institution,
                AssessmentRetracted.newBuilder()
                        .setMeta(meta(at))
                        .setAssessmentId(assessment)
                        .setParticipantId(participant)
                        .setEnrolmentId(enrolment)
                        .setInstitutionCode(institution)
                        .setCohortCode(cohort)
                        .setReason("never taken")
                        .setRevision(revision)
                        .build());
    }
}
