package org.irtiqa.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.irtiqa.localstack.KafkaBroker;
import org.irtiqa.localstack.KafkaCluster;
import org.irtiqa.localstack.LocalStack;

/**
 * What the cluster fault tests ask the brokers and the outbox: which partition of a topic is the
 * busiest now (the most records), which broker leads it, whether every replica is back in sync, and
 * how many events wait in registration's outbox. Found by asking, so that a kill lands where
 * events are flowing, not where the test hopes they are.
 */
final class Partitions {

    private Partitions() {}

    /** The broker leading the partition of {@code topic} that holds the most records now. */
    static KafkaBroker leaderOfBusiest(String topic) {
        KafkaCluster kafka = LocalStack.shared().kafka();
        return kafka.leaderOf(topic, busiest(topic));
    }

    static int busiest(String topic) {
        try (Admin admin = admin()) {
            TopicDescription description = admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS)
                    .get(topic);
            Map<TopicPartition, OffsetSpec> latest = description.partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                    .max(Comparator.comparingLong(e -> e.getValue().offset()))
                    .orElseThrow()
                    .getKey()
                    .partition();
        } catch (Exception e) {
            throw new IllegalStateException("Could not find the busiest partition of " + topic, e);
        }
    }

    /** Waits until every partition of {@code topics} has all its replicas in sync (a restarted broker caught up). */
    static void awaitFullyReplicated(String... topics) {
        LocalStack.shared().kafka().awaitFullyReplicated(List.of(topics));
    }

    /** Events registration has written and not yet handed to Kafka. */
    static long registrationOutbox() {
        try (Connection connection = LocalStack.shared().postgres().connect("registration_service");
                ResultSet rs = connection.createStatement().executeQuery("SELECT count(*) FROM outbox")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read registration's outbox", e);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(
                "bootstrap.servers", LocalStack.shared().kafka().bootstrapServers(),
                "request.timeout.ms", 5000,
                "default.api.timeout.ms", 10000));
    }
}
