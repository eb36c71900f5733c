package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.scheduling.Registration.Member;
import org.irtiqa.testkit.DeadLetters;
import org.irtiqa.testkit.EventSender;
import org.junit.jupiter.api.Test;

/** Registration's events in through Kafka, the roster out of scheduling's own database. */
class RosterIntakeTest extends SchedulingTest {

    @Test
    void keepsTheRosterFromRegistrationEventsInAnyOrder() {
        String cohort = code("C");
        var member = new Member(UUID.randomUUID(), UUID.randomUUID(), code("INST"), cohort);
        // The enrolment arrives before its participant and its cohort.
        send(Registration.ENROLMENTS, member.institutionCode(), Registration.participantEnrolled(member));
        ParticipantRegistered registered =
                Registration.participantRegistered(member, "Salim Al-Harthy", "سالم الحارثي");
        send(Registration.PARTICIPANTS, member.institutionCode(), registered);
        send(Registration.PARTICIPANTS, member.institutionCode(), registered);
        send(Registration.COHORTS, cohort, Registration.cohortCreated(cohort));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(status(member.enrolmentId())).isEqualTo("ENROLLED");
            assertThat(jdbc.sql("select display_name_ar from roster_participant where id = ?")
                            .param(member.participantId())
                            .query(String.class)
                            .single())
                    .isEqualTo("سالم الحارثي");
            assertThat(jdbc.sql("select count(*) from roster_cohort where code = ?")
                            .param(cohort)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        });

        registration.withdraw(member);
    }

    @Test
    void appliesAWithdrawalThatOvertakesItsEnrolment() {
        String cohort = registration.cohort();
        var member = new Member(UUID.randomUUID(), UUID.randomUUID(), code("INST"), cohort);
        send(Registration.ENROLMENTS, member.institutionCode(), withdrawn(member));
        registration.awaitStatus(member, "WITHDRAWN");

        send(Registration.ENROLMENTS, member.institutionCode(), Registration.participantEnrolled(member));
        Member marker = registration.enrolled(cohort, member.institutionCode(), "Marker", "علامة");

        assertThat(status(member.enrolmentId())).isEqualTo("WITHDRAWN");
        assertThat(status(marker.enrolmentId())).isEqualTo("ENROLLED");
    }

    @Test
    void aRedeliveredRegistrationEventChangesNothing() {
        String cohort = code("C");
        CohortCreated created = Registration.cohortCreated(cohort);
        send(Registration.COHORTS, cohort, created);
        var member = new Member(UUID.randomUUID(), UUID.randomUUID(), code("INST"), cohort);
        ParticipantRegistered registered = Registration.participantRegistered(member, "Aisha", "عائشة");
        ParticipantEnrolled enrolled = Registration.participantEnrolled(member);
        send(Registration.PARTICIPANTS, member.institutionCode(), registered);
        send(Registration.ENROLMENTS, member.institutionCode(), enrolled);
        registration.awaitStatus(member, "ENROLLED");
        registration.withdraw(member);
        String before = rosterOf(cohort);

        // the same events again, eventIds and all, as a redelivery after a lost commit would bring them
        send(Registration.COHORTS, cohort, created);
        send(Registration.PARTICIPANTS, member.institutionCode(), registered);
        send(Registration.ENROLMENTS, member.institutionCode(), enrolled);
        // a new event on the same key (so the same partition) marks how far the redelivery has been read
        Member marker = registration.enrolled(cohort, member.institutionCode(), "Marker", "علامة");

        assertThat(status(marker.enrolmentId())).isEqualTo("ENROLLED");
        assertThat(status(member.enrolmentId())).isEqualTo("WITHDRAWN");
        assertThat(rosterOf(cohort).replace(markerRow(marker), "")).isEqualTo(before);
    }

    @Test
    void sendsAPoisonRecordToTheDeadLetterTopicAndGoesOnWithTheRest() {
        String cohort = registration.cohort();
        String institution = code("INST");
        Registration.sender().sendRaw(Registration.ENROLMENTS, institution, "not avro at all".getBytes());
        Registration.sender()
                .sendRaw(Registration.ENROLMENTS, institution, new byte[] {0, 0x7f, 0x7f, 0x7f, 0x7f, 2, 4});
        Member after = registration.enrolled(cohort, institution, "Khalid Al-Amri", "خالد العامري");

        var dead = DeadLetters.await(Registration.ENROLMENTS, institution);
        assertThat(dead.raw().value()).isEqualTo("not avro at all".getBytes());
        assertThat(dead.header("kafka_dlt-exception-fqcn")).isNotBlank();
        assertThat(status(after.enrolmentId())).isEqualTo("ENROLLED");
    }

    @Test
    void sendsAnEventTheDatabaseRefusesToTheDeadLetterTopicAndAppliesTheOthersOfItsBatch() {
        String cohort = registration.cohort();
        String institution = code("INST");
        var before = new Member(UUID.randomUUID(), UUID.randomUUID(), institution, cohort);
        var refused = new Member(UUID.randomUUID(), UUID.randomUUID(), institution, cohort);
        // valid Avro, but PostgreSQL text cannot hold a NUL character
        send(Registration.PARTICIPANTS, institution, Registration.participantRegistered(before, "Before", "قبل"));
        send(Registration.PARTICIPANTS, institution, Registration.participantRegistered(refused, "Nul\u0000", "صفر"));
        Member after = registration.enrolled(cohort, institution, "After", "بعد");

        var dead = DeadLetters.await(Registration.PARTICIPANTS, institution);
        assertThat(dead.header("kafka_dlt-exception-message")).contains("Record refused by the roster");
        assertThat(jdbc.sql("select display_name_en from roster_participant where id in (?, ?) order by 1")
                        .params(before.participantId(), after.participantId())
                        .query(String.class)
                        .list())
                .containsExactly("After", "Before");
    }

    /** The cohort's copy and its enrolments with their participants, one line each. */
    private String rosterOf(String cohort) {
        return jdbc.sql("""
                        select (select string_agg(concat_ws('|', code, name_en, starts_on, ends_on), ';') from roster_cohort
                                where code = :cohort)
                            || ';' || string_agg(concat_ws('|', e.id, e.status, e.level, p.display_name_en) || ';', '' order by e.id)
                        from roster_enrolment e left join roster_participant p on p.id = e.participant_id
                        where e.cohort_code = :cohort""").param("cohort", cohort).query(String.class).single();
    }

    private static String markerRow(Member marker) {
        return marker.enrolmentId() + "|ENROLLED|SENIOR_MANAGEMENT|Marker;";
    }

    private String status(UUID enrolment) {
        return jdbc.sql("select status from roster_enrolment where id = ?")
                .param(enrolment)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static void send(String topic, String key, org.apache.avro.specific.SpecificRecord event) {
        Registration.sender().send(topic, key, event);
    }

    private static EnrolmentWithdrawn withdrawn(Member member) {
        return EnrolmentWithdrawn.newBuilder()
                .setMeta(EventSender.meta())
                .setEnrolmentId(member.enrolmentId())
                .setParticipantId(member.participantId())
                .setInstitutionCode(member.institutionCode())
                .setCohortCode(member.cohortCode())
                .setWithdrawnAt(EventSender.meta().getOccurredAt())
                .build();
    }
}
