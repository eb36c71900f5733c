package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.registration.ParticipantRegistered;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.EventSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** Registration's events in through Kafka, the roster out of scheduling's own database. */
@SpringBootTest
@ContextConfiguration(initializers = LocalStackInitializer.class)
class RosterIntakeTest {

    private static final EventSender events = new EventSender();

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void keepsTheRosterFromRegistrationEventsInAnyOrder() {
        String cohort = "C-" + System.nanoTime();
        String institution = "INST-" + System.nanoTime();
        UUID participant = UUID.randomUUID();
        UUID enrolment = UUID.randomUUID();
        // The enrolment arrives before its participant and its cohort.
        events.send("registration.enrolments.v1", institution, ParticipantEnrolled.newBuilder()
                .setMeta(EventSender.meta()).setEnrolmentId(enrolment).setParticipantId(participant)
                .setInstitutionCode(institution).setCohortCode(cohort).setLevel(LeadershipLevel.TOP_LEADERSHIP)
                .setEnrolledAt(EventSender.meta().getOccurredAt()).build());
        ParticipantRegistered registered = ParticipantRegistered.newBuilder().setMeta(EventSender.meta())
                .setParticipantId(participant).setInstitutionCode(institution).setLevel(LeadershipLevel.TOP_LEADERSHIP)
                .setDisplayNameEn("Salim Al-Harthy").setDisplayNameAr("سالم الحارثي").build();
        events.send("registration.participants.v1", institution, registered);
        events.send("registration.participants.v1", institution, registered);
        events.send("registration.cohorts.v1", cohort, CohortCreated.newBuilder().setMeta(EventSender.meta())
                .setCohortCode(cohort).setNameEn("First cohort").setNameAr("الدفعة الأولى")
                .setStartsOn(LocalDate.of(2026, 12, 1)).setEndsOn(LocalDate.of(2027, 3, 31)).setCapacity(60).build());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(status(enrolment)).isEqualTo("ENROLLED");
            assertThat(jdbc.sql("select display_name_ar from roster_participant where id = ?").param(participant)
                    .query(String.class).single()).isEqualTo("سالم الحارثي");
            assertThat(jdbc.sql("select count(*) from roster_cohort where code = ?").param(cohort)
                    .query(Integer.class).single()).isEqualTo(1);
        });

        events.send("registration.enrolments.v1", institution, EnrolmentWithdrawn.newBuilder()
                .setMeta(EventSender.meta()).setEnrolmentId(enrolment).setParticipantId(participant)
                .setInstitutionCode(institution).setCohortCode(cohort).setWithdrawnAt(EventSender.meta().getOccurredAt())
                .build());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(enrolment)).isEqualTo("WITHDRAWN"));
    }

    private String status(UUID enrolment) {
        return jdbc.sql("select status from roster_enrolment where id = ?").param(enrolment)
                .query(String.class).optional().orElse(null);
    }
}
