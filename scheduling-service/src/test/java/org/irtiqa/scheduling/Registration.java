package org.irtiqa.scheduling;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.testkit.EventSender;

/**
 * Plays registration-service: sends its real events (generated classes, the real registry and
 * broker) and waits until scheduling's roster has taken them in, as a client of the real system
 * would see it.
 */
final class Registration {

    /** The cohorts began in the past, so that sessions can be held (completed) and assessed. */
    static final LocalDate STARTS_ON = LocalDate.of(2026, 9, 1);

    static final LocalDate ENDS_ON = LocalDate.of(2027, 3, 31);
    /** When the enrolments of {@link #enrolled} began: the cohort's first morning in Muscat. */
    static final Instant ENROLLED_AT = Instant.parse("2026-09-01T05:00:00Z");

    static final String COHORTS = "registration.cohorts.v1";
    static final String PARTICIPANTS = "registration.participants.v1";
    static final String ENROLMENTS = "registration.enrolments.v1";

    /** One participant's enrolment, as the events described it. */
    record Member(UUID participantId, UUID enrolmentId, String institutionCode, String cohortCode) {}

    private static EventSender sender;

    private final SchedulingTest test;

    Registration(SchedulingTest test) {
        this.test = test;
    }

    /** One producer for the whole test JVM; its threads are daemons and go with it. */
    static synchronized EventSender sender() {
        if (sender == null) {
            sender = new EventSender();
        }
        return sender;
    }

    /** A new cohort running from {@link #STARTS_ON} to {@link #ENDS_ON}, once the roster knows it. */
    String cohort() {
        String code = SchedulingTest.code("C");
        sender().send(COHORTS, code, cohortCreated(code));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> test.jdbc
                                .sql("select count(*) from roster_cohort where code = ?")
                                .param(code)
                                .query(Integer.class)
                                .single()
                        == 1);
        return code;
    }

    /** A newly registered participant of a new institution, enrolled in {@code cohort}. */
    Member enrolled(String cohort) {
        return enrolled(cohort, SchedulingTest.code("INST"), "Aisha Al-Balushi", "عائشة البلوشية");
    }

    Member enrolled(String cohort, String institution, String nameEn, String nameAr) {
        var member = new Member(UUID.randomUUID(), UUID.randomUUID(), institution, cohort);
        sender().send(PARTICIPANTS, institution, participantRegistered(member, nameEn, nameAr));
        sender().send(ENROLMENTS, institution, participantEnrolled(member));
        awaitStatus(member, "ENROLLED");
        return member;
    }

    void withdraw(Member member) {
        sender().send(
                        ENROLMENTS,
                        member.institutionCode(),
                        EnrolmentWithdrawn.newBuilder()
                                .setMeta(EventSender.meta())
                                .setEnrolmentId(member.enrolmentId())
                                .setParticipantId(member.participantId())
                                .setInstitutionCode(member.institutionCode())
                                .setCohortCode(member.cohortCode())
                                .setReason("Reassigned")
                                .setWithdrawnAt(now())
                                .build());
        awaitStatus(member, "WITHDRAWN");
    }

    void complete(Member member) {
        sender().send(
                        ENROLMENTS,
                        member.institutionCode(),
                        EnrolmentCompleted.newBuilder()
                                .setMeta(EventSender.meta())
                                .setEnrolmentId(member.enrolmentId())
                                .setParticipantId(member.participantId())
                                .setInstitutionCode(member.institutionCode())
                                .setCohortCode(member.cohortCode())
                                .setCompletedAt(now())
                                .build());
        awaitStatus(member, "COMPLETED");
    }

    void awaitStatus(Member member, String status) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> status.equals(test.jdbc
                        .sql("select status from roster_enrolment where id = ?")
                        .param(member.enrolmentId())
                        .query(String.class)
                        .optional()
                        .orElse(null)));
    }

    static CohortCreated cohortCreated(String code) {
        return CohortCreated.newBuilder()
                .setMeta(EventSender.meta())
                .setCohortCode(code)
                .setNameEn("First cohort")
                .setNameAr("الدفعة الأولى")
                .setStartsOn(STARTS_ON)
                .setEndsOn(ENDS_ON)
                .setCapacity(60)
                .build();
    }

    static ParticipantRegistered participantRegistered(Member member, String nameEn, String nameAr) {
        return ParticipantRegistered.newBuilder()
                .setMeta(EventSender.meta())
                .setParticipantId(member.participantId())
                .setInstitutionCode(member.institutionCode())
                .setLevel(LeadershipLevel.SENIOR_MANAGEMENT)
                .setDisplayNameEn(nameEn)
                .setDisplayNameAr(nameAr)
                .build();
    }

    static ParticipantEnrolled participantEnrolled(Member member) {
        return ParticipantEnrolled.newBuilder()
                .setMeta(EventSender.meta())
                .setEnrolmentId(member.enrolmentId())
                .setParticipantId(member.participantId())
                .setInstitutionCode(member.institutionCode())
                .setCohortCode(member.cohortCode())
                .setLevel(LeadershipLevel.SENIOR_MANAGEMENT)
                .setEnrolledAt(ENROLLED_AT)
                .build();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
