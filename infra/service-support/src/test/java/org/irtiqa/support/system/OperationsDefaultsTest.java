package org.irtiqa.support.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

/** The operational defaults every service gets from the library (api.md "Operations"). */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"irtiqa.test.database=operations_test", "test.topic=test.operations.v1"})
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class OperationsDefaultsTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthShowsDatabaseKafkaAndOutboxBacklogWithDetails() throws Exception {
        Map<String, Object> health = getJson("/actuator/health", 200);
        Map<String, Object> components = map(health.get("components"));

        assertThat(components).containsKeys("db", "kafka", "outboxBacklog");
        Map<String, Object> backlog = map(components.get("outboxBacklog"));
        assertThat(backlog.get("status")).isEqualTo("UP");
        assertThat(map(backlog.get("details"))).containsKeys("pending", "oldestAge");
        assertThat(map(components.get("kafka")).get("status")).isEqualTo("UP");
    }

    @Test
    void theLibraryTakesNoneOfTheServicesSchedulerThreads() {
        // A ScheduledExecutorService bean becomes the scheduler of every @Scheduled method and
        // Boot then makes none: the idempotency cleaner's one thread once ran all of them.
        assertThat(context.getBeansOfType(ScheduledExecutorService.class)).isEmpty();
    }

    @Test
    void readinessFollowsTheDatabaseOnlyAndLivenessIsUp() throws Exception {
        Map<String, Object> readiness = getJson("/actuator/health/readiness", 200);
        assertThat(map(readiness.get("components")).keySet()).containsExactlyInAnyOrder("db", "readinessState");
        assertThat(getJson("/actuator/health/liveness", 200).get("status")).isEqualTo("UP");
    }

    @Test
    void prometheusExposesTheOutboxMetrics() throws Exception {
        var response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "irtiqa_outbox_backlog",
                        "irtiqa_outbox_oldest_age_seconds",
                        "irtiqa_outbox_sent_total",
                        "irtiqa_outbox_shards_owned");
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestIsObservedOnceNotPerSecurityFilter() throws Exception {
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200); // a request through the chain

        String scrape = get("/actuator/prometheus").body();

        assertThat(scrape).contains("http_server_requests_seconds_count");
        assertThat(scrape).doesNotContain("spring_security_");
    }

    @Test
    void libraryMigrationsRunBeforeTheServicesOwn() {
        List<String> versions = jdbc.sql(
                        "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .query(String.class)
                .list();
        assertThat(versions).containsExactly("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "1");
    }

    private Map<String, Object> getJson(String path, int status) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return map(json.readValue(response.body(), Map.class));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                TestTokens.request(URI.create("http://localhost:" + port + path), "operator")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
