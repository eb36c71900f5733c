package org.irtiqa.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.support.testapp.Institutions;
import org.irtiqa.support.testapp.Scrape;
import org.irtiqa.support.testapp.TestApp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/** An event held in the outbox (no relay runs here) shows as a backlog of 1 whose age grows. */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "irtiqa.test.database=outbox_metrics_test",
            "test.topic=test.outbox-metrics.v1",
            "irtiqa.outbox.relay.enabled=false"
        })
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class OutboxMetricsTest {

    @LocalServerPort
    int port;

    @Autowired
    Institutions institutions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHeldEventIsABacklogOfOneWhoseAgeGrows() {
        jdbc.sql("DELETE FROM outbox").update();
        await().atMost(Duration.ofSeconds(10)).until(() -> value("irtiqa_outbox_backlog") == 0);
        assertThat(value("irtiqa_outbox_oldest_age_seconds")).isZero();

        institutions.register("HELD", "Held in the outbox", "x");

        await().atMost(Duration.ofSeconds(10)).until(() -> value("irtiqa_outbox_backlog") == 1);
        double age = value("irtiqa_outbox_oldest_age_seconds");
        assertThat(age).isBetween(0.0, 10.0);
        await().atMost(Duration.ofSeconds(15)).until(() -> value("irtiqa_outbox_oldest_age_seconds") >= age + 2);
        assertThat(value("irtiqa_outbox_backlog")).isEqualTo(1);
    }

    private double value(String name) {
        return Scrape.of(port).value(name, Map.of()).orElseThrow(() -> new AssertionError("no " + name));
    }
}
