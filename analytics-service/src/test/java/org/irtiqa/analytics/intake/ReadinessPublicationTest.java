package org.irtiqa.analytics.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irtiqa.analytics.programme.TestEvents.completed;
import static org.irtiqa.analytics.programme.TestEvents.enrolled;
import static org.irtiqa.analytics.programme.TestEvents.institution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.analytics.programme.TestEvents.Sent;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.analytics.InstitutionReadinessChanged;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.schemas.serde.AvroDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * When readiness events are written: at once for a batch that finds the intake caught up; for
 * batches that find it behind, once by the next flush, with the figures after all of them. The
 * intake and the relay are off, so the outbox shows exactly what each step wrote.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.kafka.listener.auto-startup=false",
            "irtiqa.outbox.relay.enabled=false",
            "analytics.readiness.flush-interval=1h",
            "irtiqa.test.database=analytics_publication"
        })
@ContextConfiguration(initializers = LocalStackInitializer.class)
class ReadinessPublicationTest {

    private static final Instant T = Instant.parse("2026-09-01T05:00:00Z");

    @Autowired
    ReadinessProjection projection;

    @Autowired
    ReadinessFlush flush;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AvroDeserializer deserializer;

    @Test
    void batchesThatFindTheIntakeBehindArePublishedTogetherByTheNextFlush() {
        String code = "BEHIND-" + System.nanoTime();
        UUID first = UUID.randomUUID();
        projection.apply(events(institution(code, Governorate.MUSCAT, T), enrolment(code, first)), true);
        projection.apply(events(enrolment(code, UUID.randomUUID()), leaving(code, first)), true);

        assertThat(published(code)).as("nothing while behind").isEmpty();
        assertThat(pending()).contains(code);

        flush.flush();

        assertThat(published(code)).singleElement().satisfies(e -> {
            assertThat(e.getEnrolled()).as("active: not withdrawn").isEqualTo(2);
            assertThat(e.getCompleted()).isEqualTo(1);
        });
        assertThat(pending()).doesNotContain(code);
        flush.flush();
        assertThat(published(code)).as("a second flush has nothing to add").hasSize(1);
    }

    @Test
    void aBatchThatFindsTheIntakeCaughtUpPublishesAtOnceAndOnlyWhatChanged() {
        String code = "CAUGHT-UP-" + System.nanoTime();
        Sent registered = institution(code, Governorate.DHOFAR, T);
        projection.apply(events(registered, enrolment(code, UUID.randomUUID())), false);

        assertThat(published(code)).singleElement().satisfies(e -> assertThat(e.getEnrolled())
                .isEqualTo(1));
        assertThat(pending()).doesNotContain(code);

        projection.apply(events(registered), false); // a redelivery: nothing applied, nothing changed
        assertThat(published(code)).hasSize(1);
    }

    private static Sent enrolment(String code, UUID id) {
        return enrolled(id, UUID.randomUUID(), code, "C-" + code, LeadershipLevel.TOP_LEADERSHIP, T.plusSeconds(1));
    }

    private static Sent leaving(String code, UUID id) {
        return completed(id, UUID.randomUUID(), code, "C-" + code, T.plusSeconds(2));
    }

    private static List<SpecificRecord> events(Sent... sent) {
        return java.util.Arrays.stream(sent).map(Sent::event).toList();
    }

    private List<InstitutionReadinessChanged> published(String code) {
        return jdbc.sql(
                        "select payload from outbox where topic = 'analytics.readiness.v1' and record_key = ? order by id")
                .param(code)
                .query((rs, row) -> (InstitutionReadinessChanged)
                        deserializer.deserialize("analytics.readiness.v1", rs.getBytes(1)))
                .list();
    }

    private List<String> pending() {
        return jdbc.sql("select institution_code from readiness_pending")
                .query(String.class)
                .list();
    }
}
