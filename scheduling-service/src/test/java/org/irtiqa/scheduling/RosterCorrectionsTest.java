package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.registration.CohortUpdated;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.ParticipantUpdated;
import org.irtiqa.scheduling.Registration.Member;
import org.irtiqa.testkit.EventSender;
import org.irtiqa.testkit.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Registration's corrections folded into the roster order-free: events sent out of order on
 * purpose must leave the roster as the right order would.
 */
class RosterCorrectionsTest extends SchedulingTest {

    @Test
    void keepsTheParticipantOfTheHighestRevisionWhateverArrivesLast() {
        String cohort = registration.cohort();
        String institution = code("INST");
        var member = registration.enrolled(cohort, institution, "Aisha Al-Balushi", "عائشة البلوشية");

        // revision 2 first, then the older revision 1, whose clock was even later
        send(
                Registration.PARTICIPANTS,
                institution,
                participantUpdated(member, 2, "Aisha Al-Hinai", LeadershipLevel.TOP_LEADERSHIP, meta(0)));
        send(
                Registration.PARTICIPANTS,
                institution,
                participantUpdated(member, 1, "Aisha B.", LeadershipLevel.EXECUTIVE_TEAM, meta(60_000)));
        awaitMarker(cohort, institution);

        get("/api/cohorts/" + cohort + "/roster?institutionCode=" + institution)
                .expectBody()
                .jsonPath("$.items[?(@.participantId == '%s')].displayNameEn".formatted(member.participantId()))
                .isEqualTo("Aisha Al-Hinai")
                // the enrolment's level is its participant's once known: a corrected level corrects the roster
                .jsonPath("$.items[?(@.participantId == '%s')].level".formatted(member.participantId()))
                .isEqualTo("TOP_LEADERSHIP");
    }

    @Test
    void foldsACohortUpdateThatArrivesBeforeTheCohortAndSchedulesByTheCurrentDates() {
        String cohort = code("C");
        send(
                Registration.COHORTS,
                cohort,
                cohortUpdated(cohort, 1, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)));
        send(Registration.COHORTS, cohort, Registration.cohortCreated(cohort));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select count(*) from roster_cohort where code = ? and revision = 1")
                                .param(cohort)
                                .query(Integer.class)
                                .single()
                        == 1);
        assertThat(jdbc.sql("select name_en from roster_cohort where code = ?")
                        .param(cohort)
                        .query(String.class)
                        .single())
                .isEqualTo("First cohort, renamed");

        // June 2027 lies in the corrected days only
        String june = scheduled(cohort, "2027-06-01T09:00:00+04:00", "2027-06-01T10:00:00+04:00");
        // the cohort shortened later: what was scheduled stays, a new session must fit the new days
        send(
                Registration.COHORTS,
                cohort,
                cohortUpdated(cohort, 2, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 31)));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select count(*) from roster_cohort where code = ? and revision = 2")
                                .param(cohort)
                                .query(Integer.class)
                                .single()
                        == 1);
        post("/api/sessions", session(cohort, "2027-06-02T09:00:00+04:00", "2027-06-02T10:00:00+04:00"))
                .expectStatus()
                .isEqualTo(422);
        get("/api/sessions/" + june)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("SCHEDULED");
        get("/api/cohorts/" + cohort + "/sessions")
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1);
    }

    @Test
    void keepsTheEarliestFinalStatusWhicheverArrivesFirst() {
        String cohort = registration.cohort();
        String institution = code("INST");
        Instant earlier = Instant.parse("2026-11-01T08:00:00Z");
        Instant later = Instant.parse("2026-11-15T08:00:00Z");
        Member completedFirst = unannounced(cohort, institution);
        Member completedSecond = unannounced(cohort, institution);
        Member withdrawnFirst = unannounced(cohort, institution);
        Member tie = unannounced(cohort, institution);

        // completion on 1 Nov, withdrawal on 15 Nov, sent in both orders: COMPLETED either way
        send(Registration.ENROLMENTS, institution, completed(completedFirst, earlier));
        send(Registration.ENROLMENTS, institution, withdrawn(completedFirst, later));
        send(Registration.ENROLMENTS, institution, withdrawn(completedSecond, later));
        send(Registration.ENROLMENTS, institution, completed(completedSecond, earlier));
        // the withdrawal earlier, and before its enrolment arrived
        send(Registration.ENROLMENTS, institution, withdrawn(withdrawnFirst, earlier));
        send(Registration.ENROLMENTS, institution, completed(withdrawnFirst, later));
        // the same instant: the status name that sorts first, as analytics decides it
        send(Registration.ENROLMENTS, institution, withdrawn(tie, earlier));
        send(Registration.ENROLMENTS, institution, completed(tie, earlier));
        for (Member m : java.util.List.of(completedFirst, completedSecond, withdrawnFirst, tie)) {
            send(Registration.ENROLMENTS, institution, Registration.participantEnrolled(m));
        }
        awaitMarker(cohort, institution);

        assertThat(status(completedFirst)).isEqualTo("COMPLETED");
        assertThat(status(completedSecond)).isEqualTo("COMPLETED");
        assertThat(status(withdrawnFirst)).isEqualTo("WITHDRAWN");
        assertThat(status(tie)).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("select enrolled_at from roster_enrolment where id = ?")
                        .param(withdrawnFirst.enrolmentId())
                        .query(java.time.OffsetDateTime.class)
                        .single()
                        .toInstant())
                .isEqualTo(Registration.ENROLLED_AT);
    }

    @Test
    void listsOnlyTheRowsOfTheInstitutionAskedFor() {
        String cohort = registration.cohort();
        String mine = code("INST");
        String theirs = code("INST");
        var own = registration.enrolled(cohort, mine, "Badr Al-Hinai", "بدر الهنائي");
        registration.enrolled(cohort, theirs, "Huda Al-Rawahi", "هدى الرواحية");

        get("/api/cohorts/" + cohort + "/roster")
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(2);
        get("/api/cohorts/" + cohort + "/roster?institutionCode=" + mine)
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.items[0].participantId")
                .isEqualTo(own.participantId().toString());
        get("/api/cohorts/" + cohort + "/roster?institutionCode=NO-ONE-HERE")
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(0);
        var coordinator = as(Tokens.coordinator(mine));
        coordinator
                .get()
                .uri("/api/cohorts/" + cohort + "/roster")
                .exchange()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1);
        coordinator
                .get()
                .uri("/api/cohorts/" + cohort + "/roster?institutionCode=" + theirs)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    /** A member whose enrolment scheduling has not heard of yet. */
    private static Member unannounced(String cohort, String institution) {
        return new Member(UUID.randomUUID(), UUID.randomUUID(), institution, cohort);
    }

    /** A new enrolment on the same key, so the same partition: once it is in, so is all sent before. */
    private void awaitMarker(String cohort, String institution) {
        registration.enrolled(cohort, institution, "Marker", "علامة");
    }

    private String status(Member member) {
        return jdbc.sql("select status from roster_enrolment where id = ?")
                .param(member.enrolmentId())
                .query(String.class)
                .single();
    }

    private static void send(String topic, String key, SpecificRecord event) {
        Registration.sender().send(topic, key, event);
    }

    private static EventMetadata meta(long millisLater) {
        EventMetadata meta = EventSender.meta();
        meta.setOccurredAt(meta.getOccurredAt().plusMillis(millisLater));
        return meta;
    }

    private static ParticipantUpdated participantUpdated(
            Member member, long revision, String nameEn, LeadershipLevel level, EventMetadata meta) {
        return ParticipantUpdated.newBuilder()
                .setMeta(meta)
                .setParticipantId(member.participantId())
                .setInstitutionCode(member.institutionCode())
                .setLevel(level)
                .setDisplayNameEn(nameEn)
                .setDisplayNameAr("عائشة")
                .setRevision(revision)
                .build();
    }

    private static CohortUpdated cohortUpdated(String code, long revision, LocalDate startsOn, LocalDate endsOn) {
        return CohortUpdated.newBuilder()
                .setMeta(EventSender.meta())
                .setCohortCode(code)
                .setNameEn("First cohort, renamed")
                .setNameAr("الدفعة الأولى")
                .setStartsOn(startsOn)
                .setEndsOn(endsOn)
                .setCapacity(60)
                .setRevision(revision)
                .build();
    }

    private static EnrolmentWithdrawn withdrawn(Member member, Instant at) {
        return EnrolmentWithdrawn.newBuilder()
                .setMeta(EventSender.meta())
                .setEnrolmentId(member.enrolmentId())
                .setParticipantId(member.participantId())
                .setInstitutionCode(member.institutionCode())
                .setCohortCode(member.cohortCode())
                .setWithdrawnAt(at)
                .build();
    }

    private static EnrolmentCompleted completed(Member member, Instant at) {
        return EnrolmentCompleted.newBuilder()
                .setMeta(EventSender.meta())
                .setEnrolmentId(member.enrolmentId())
                .setParticipantId(member.participantId())
                .setInstitutionCode(member.institutionCode())
                .setCohortCode(member.cohortCode())
                .setCompletedAt(at)
                .build();
    }
}
