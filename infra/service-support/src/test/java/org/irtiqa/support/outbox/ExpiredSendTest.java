package org.irtiqa.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.testapp.Institutions;
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A key's first event whose send expires while the four after it get through (as CI once saw with
 * the broker down: 2,3,4,5,1,2,3,4,5 on one partition) must not let them overtake it: a
 * read_committed consumer that keeps each event's first copy sees the key's events in the order
 * they were written, and the relay recovers by itself. Real broker; only the one send is made to
 * expire ({@link ExpiringSends}).
 */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "irtiqa.test.database=outbox_expired_send_test",
            "test.topic=test.outbox.expired-send.v1",
            "irtiqa.outbox.relay.enabled=false",
            "irtiqa.outbox.poll-interval=200ms"
        })
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class ExpiredSendTest {

    static final int EVENTS = 5;

    @Autowired
    Institutions institutions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ObjectProvider<DataSourceProperties> dataSourceProperties;

    @Autowired
    KafkaProperties kafka;

    @Autowired
    OutboxProperties properties;

    @Autowired
    EventMetadataFactory metadata;

    @Test
    void aKeysLaterEventsNeverOvertakeOneWhoseSendExpired() {
        List<String> written = new ArrayList<>();
        for (int i = 1; i <= EVENTS; i++) {
            InstitutionRegistered event = institutions.registerAs("EXPIRES", "EXPIRES-" + i, "event " + i, "x");
            written.add(event.getMeta().getEventId().toString());
        }
        AtomicInteger expired = new AtomicInteger();
        DirectConnections connections = OutboxAutoConfiguration.directConnections(dataSource, dataSourceProperties);
        var real = OutboxAutoConfiguration.producers(
                kafka,
                OutboxAutoConfiguration.transactionalIdPrefix(metadata.source(), connections),
                properties.relay().sendTimeout());
        OutboxRelay relay = new OutboxRelay(
                connections, shard -> new ExpiringSends(real.apply(shard), written.getFirst(), expired), properties);
        try (TopicReader reader = new TopicReader(institutions.topic())) {
            relay.start();
            await("the outbox drained").atMost(Duration.ofSeconds(60)).until(() -> pending() == 0);
            List<ConsumerRecord<String, byte[]>> records = reader.pollFor(Duration.ofSeconds(2));

            assertThat(expired).as("the first event's send expired once").hasValue(1);
            assertThat(relay.failedCycleCount()).as("a failed cycle").isPositive();
            // what a consumer deduplicating on eventId applies: each event's first copy
            LinkedHashSet<String> applied = new LinkedHashSet<>();
            records.forEach(r -> applied.add(OutboxRelayTest.headers(r).get("ce_id")));
            assertThat(List.copyOf(applied))
                    .as("the key's events in written order, none before its predecessor")
                    .containsExactlyElementsOf(written);
            assertThat(records)
                    .as("what got through after the expired send was aborted with it: one copy each")
                    .hasSize(EVENTS);
        } finally {
            relay.stop();
        }
    }

    private long pending() {
        return jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single();
    }
}
