package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.irtiqa.system.DeployFiles.DEPLOY;
import static org.irtiqa.system.DeployFiles.list;
import static org.irtiqa.system.DeployFiles.load;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alert rules and the dashboard of {@code infra/deploy} against the running services: every
 * metric name their expressions use is served on {@code /actuator/prometheus} by one of the three
 * services (so a renamed metric fails here, not silently in production), and the rules pass
 * {@code promtool check rules} and their own unit tests ({@code promtool test rules}) when Debian's
 * {@code prometheus} package is installed ({@code ./irtiqa test} installs it as root).
 */
class MonitoringFilesTest {

    static final Path RULES = DEPLOY.resolve("prometheus/alerts.yaml");
    static final Path RULE_TESTS = DEPLOY.resolve("prometheus/alerts.test.yaml");
    static final Path SCRAPE = DEPLOY.resolve("prometheus/scrape.yaml");
    static final Path DASHBOARD = DEPLOY.resolve("grafana/irtiqa.json");

    /** Made by Prometheus itself for every target, not served by the services. */
    static final Set<String> PROMETHEUS_OWN = Set.of("up");

    /** The metrics of issue 14 that the rules and the dashboard must use (so a blind parser cannot pass). */
    static final Set<String> EXPECTED = Set.of(
            "irtiqa_consumer_lag_records",
            "irtiqa_consumer_lag_seconds",
            "irtiqa_dead_letters_pending",
            "irtiqa_outbox_backlog",
            "irtiqa_outbox_oldest_age_seconds",
            "irtiqa_analytics_intake_last_batch_age_seconds",
            "irtiqa_analytics_rebuild_progress_ratio",
            "up");

    @Test
    void everyMetricTheRulesAndTheDashboardUseIsServedByTheRunningServices() {
        Set<String> rules = names(ruleExpressions());
        Set<String> dashboard = names(dashboardExpressions());
        assertThat(rules).as("metrics of the alert rules").containsAll(EXPECTED);
        assertThat(dashboard).as("metrics of the dashboard").containsAll(EXPECTED);
        Set<String> used = new TreeSet<>(rules);
        used.addAll(dashboard);
        used.removeAll(PROMETHEUS_OWN);

        Platform.shared(); // started here, not inside the wait below
        // the lag gauges appear with the sampler's first measurement, a moment after the start
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(served())
                        .as("metric names served by %s", Platform.SERVICES)
                        .containsAll(used));
    }

    @Test
    void theRulesSelectTheScrapeJobOfScrapeYaml() {
        String job = DeployFiles.text(list(load(SCRAPE), "scrape_configs").getFirst(), "job_name");
        assertThat(ruleExpressions())
                .filteredOn(e -> e.contains("up{"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e).contains("job=\"" + job + "\""));
        assertThat(dashboardExpressions()).filteredOn(e -> e.contains("up{")).allSatisfy(e -> assertThat(e)
                .contains("job=\"" + job + "\""));
    }

    @Test
    void promtoolChecksTheRulesAndTheirUnitTests() throws Exception {
        Path promtool = onPath("promtool");
        assumeTrue(
                promtool != null,
                "promtool is not on the PATH, so the rules were not checked: install Debian's prometheus package"
                        + " (apt-get install prometheus; ./irtiqa test does it when run as root)");
        assertThat(run(promtool.toString(), "check", "rules", RULES.toString())).contains("SUCCESS");
        assertThat(run(promtool.toString(), "test", "rules", RULE_TESTS.toString()))
                .contains("SUCCESS");
    }

    private static List<String> ruleExpressions() {
        List<String> expressions = new ArrayList<>();
        for (Object group : list(load(RULES), "groups")) {
            for (Object rule : list(group, "rules")) {
                expressions.add(DeployFiles.text(rule, "expr"));
            }
        }
        return expressions;
    }

    private static List<String> dashboardExpressions() {
        JsonNode dashboard = JsonMapper.builder().build().readTree(DeployFiles.read(DASHBOARD));
        List<String> expressions = new ArrayList<>();
        collect(dashboard.path("panels"), expressions);
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            String query = variable.path("query").isObject()
                    ? variable.path("query").path("query").asString()
                    : variable.path("query").asString();
            // label_values(metric, label): the metric is what counts
            expressions.add(query.replaceAll("label_values\\(([^,)]*)(,[^)]*)?\\)", "$1"));
        }
        assertThat(expressions).as("expressions in %s", DASHBOARD).isNotEmpty();
        return expressions;
    }

    private static void collect(JsonNode panels, List<String> expressions) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                if (target.has("expr")) {
                    expressions.add(target.get("expr").asString());
                }
            }
            collect(panel.path("panels"), expressions); // rows hold panels of their own
        }
    }

    private static Set<String> names(List<String> expressions) {
        Set<String> names = new TreeSet<>();
        expressions.forEach(e -> names.addAll(PromQl.metricNames(e)));
        return names;
    }

    /** Every series name on /actuator/prometheus of the three services. */
    private static Set<String> served() {
        Set<String> names = new TreeSet<>();
        for (String service : Platform.SERVICES) {
            String body = new String(
                    Platform.shared().raw(service, "operator", "/actuator/prometheus"), StandardCharsets.UTF_8);
            body.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("[{ ]", 2)[0])
                    .forEach(names::add);
        }
        return names;
    }

    private static Path onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("%s finished", List.of(command))
                .isTrue();
        assertThat(process.exitValue()).as("%s:%n%s", List.of(command), output).isZero();
        return output;
    }
}
