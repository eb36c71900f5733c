package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.irtiqa.localstack.AccessTokens;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.localstack.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * A second analytics instance beside the platform's, on the same database and broker (as two
 * replicas in Kubernetes): both instances' consumers share the intake's partitions while a
 * programme is loaded, their batches run side by side, and each instance serves the exact figures.
 * While the second consumes, a rebuild asked of the first is refused (409) and the first's intake
 * keeps consuming. The second instance is stopped at the end.
 */
class TwoAnalyticsInstancesTest {

    private static final String GROUP = "analytics-intake";
    private static final String SECOND = "analytics-second";

    private final Platform platform = Platform.shared();

    @Test
    void bothInstancesConsumeTheIntakesPartitionsAndServeExactFigures() throws Exception {
        ServiceProcess second = secondAnalytics();
        second.start();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStack.shared().kafka().bootstrapServers()))) {
            second.awaitHealthy();
            awaitBothInstancesOwnPartitions(admin);

            Api.Response refused = operator(
                            platform.process("analytics-service").url())
                    .post("/api/admin/readiness/rebuild", Map.of());
            assertThat(refused.status())
                    .as("a rebuild while the second consumes")
                    .isEqualTo(409);
            assertThat(refused.body().get("type").asString())
                    .isEqualTo("https://irtiqa.org/problems/rebuild-group-not-empty");
            assertThat(refused.body().get("detail").asString()).contains(SECOND);
            awaitBothInstancesOwnPartitions(admin); // the first's intake, stopped for the check, is back

            Programmes.loader(platform, System.out::println).load(Programmes.generate("TA", 47, 3, 4));

            Expectations.awaitAnalyticsMatchesLedger(platform.api("analytics-service"));
            Expectations.awaitAnalyticsMatchesLedger(new Api(second.url(), platform.signIn()));
            Expectations.assertNothingDeadLettered(platform);
            assertThat(owners(admin)).as("both still consuming").containsOnlyKeys("first", "second");
        } finally {
            second.stop();
        }
    }

    /** Each instance's consumers (the second's client ids start with {@link #SECOND}) own partitions. */
    private static void awaitBothInstancesOwnPartitions(Admin admin) {
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(owners(admin)).containsOnlyKeys("first", "second"));
    }

    /** Partitions owned per instance, "first" or "second", for the members that own any. */
    private static Map<String, Integer> owners(Admin admin) throws Exception {
        List<MemberDescription> members = new ArrayList<>(admin.describeConsumerGroups(List.of(GROUP))
                .all()
                .get()
                .get(GROUP)
                .members());
        Map<String, Integer> owned = new java.util.TreeMap<>();
        for (MemberDescription member : members) {
            int partitions = member.assignment().topicPartitions().size();
            if (partitions > 0) {
                owned.merge(member.clientId().startsWith(SECOND) ? "second" : "first", partitions, Integer::sum);
            }
        }
        return owned;
    }

    private static ServiceProcess secondAnalytics() throws IOException {
        LocalStack stack = LocalStack.shared();
        String name = "analytics-service";
        Path jar = Path.of(System.getProperty("irtiqa.jar." + name, "../../" + name + "/target/" + name + ".jar"));
        List<String> arguments = new ArrayList<>(ServiceProcess.connectedTo(
                stack.postgres(), name.replace('-', '_'), stack.kafka(), stack.registry(), stack.identityProvider()));
        arguments.add("--spring.kafka.consumer.client-id=" + SECOND);
        try (var socket = new ServerSocket(0)) {
            return new ServiceProcess(
                    SECOND,
                    socket.getLocalPort(),
                    jar.toAbsolutePath().normalize(),
                    arguments,
                    Path.of("target", "system-tests").toAbsolutePath());
        }
    }

    private static Api operator(String url) {
        return new Api(url, () -> "Bearer " + AccessTokens.of(Platform.issuer()).token("operator"));
    }
}
