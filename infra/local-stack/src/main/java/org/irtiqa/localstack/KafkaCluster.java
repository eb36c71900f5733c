package org.irtiqa.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;

/**
 * The Kafka the tests and the local platform talk to: one {@link KafkaBroker}, or several shaped
 * like production (three combined broker-controller nodes voting in one KRaft quorum, replication
 * 3, {@code min.insync.replicas=2}), each its own process that a fault test may kill and restart.
 * One broker is the default because every module's tests start one, and a cluster costs three
 * JVMs; the system tests ask for three ({@link LocalStack#BROKERS_PROPERTY}).
 */
public final class KafkaCluster {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final List<KafkaBroker> brokers;

    private KafkaCluster(List<KafkaBroker> brokers) {
        this.brokers = List.copyOf(brokers);
    }

    /** A single broker, as every module's tests had it (its data directly in {@code dataDirectory}). */
    public static KafkaCluster single(Path dataDirectory, Path logDirectory, int port, int controllerPort) {
        return new KafkaCluster(List.of(new KafkaBroker(dataDirectory, logDirectory, port, controllerPort)));
    }

    /**
     * {@code size} voters, node i (1..size) with its data in {@code dataDirectory/broker-i} on the
     * ports {@code ports} and {@code controllerPorts} give for i (0 means a free one). The cluster
     * id is kept in {@code dataDirectory/cluster.id}, so that a later run formats nothing anew.
     */
    public static KafkaCluster of(
            int size, Path dataDirectory, Path logDirectory, IntUnaryOperator ports, IntUnaryOperator controllerPorts) {
        if (size < 1) {
            throw new IllegalArgumentException("A cluster needs a broker at least, not " + size);
        }
        if (size == 1) {
            return single(dataDirectory, logDirectory, ports.applyAsInt(1), controllerPorts.applyAsInt(1));
        }
        List<BrokerConfiguration.Node> voters = new ArrayList<>();
        for (int id = 1; id <= size; id++) {
            voters.add(new BrokerConfiguration.Node(
                    id, Ports.orFree(ports.applyAsInt(id)), Ports.orFree(controllerPorts.applyAsInt(id))));
        }
        String clusterId = clusterId(dataDirectory);
        return new KafkaCluster(voters.stream()
                .map(node -> KafkaBroker.member(
                        dataDirectory.resolve("broker-" + node.nodeId()),
                        logDirectory,
                        node,
                        voters,
                        clusterId,
                        List.of()))
                .toList());
    }

    /**
     * Three brokers, the third inside {@code namespace} so that a test may cut it off the network
     * ({@link NetworkNamespace#cut()}) instead of killing it; the other two listen on the host's
     * side of its link. Free ports; data in {@code dataDirectory/broker-i}.
     */
    public static KafkaCluster withThirdBrokerIn(NetworkNamespace namespace, Path dataDirectory, Path logDirectory) {
        List<BrokerConfiguration.Node> voters = List.of(
                new BrokerConfiguration.Node(1, namespace.hostAddress(), Ports.orFree(0), Ports.orFree(0)),
                new BrokerConfiguration.Node(2, namespace.hostAddress(), Ports.orFree(0), Ports.orFree(0)),
                new BrokerConfiguration.Node(3, namespace.address(), Ports.orFree(0), Ports.orFree(0)));
        String clusterId = clusterId(dataDirectory);
        return new KafkaCluster(voters.stream()
                .map(node -> KafkaBroker.member(
                        dataDirectory.resolve("broker-" + node.nodeId()),
                        logDirectory,
                        node,
                        voters,
                        clusterId,
                        node.nodeId() == 3 ? namespace.exec() : List.of()))
                .toList());
    }

    /** Starts every broker at once (a voter waits for a quorum of the others), then until all are registered. */
    public KafkaCluster start() {
        try {
            CompletableFuture.allOf(brokers.stream()
                            .map(b -> CompletableFuture.runAsync(b::start, LocalStack::inNewThread))
                            .toArray(CompletableFuture[]::new))
                    .join();
        } catch (CompletionException e) {
            brokers.forEach(KafkaBroker::kill);
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        awaitRegistered(brokers.size());
        if (brokers.size() > 1) {
            awaitGroupCoordinators();
        }
        return this;
    }

    /**
     * Has the offsets topic made now and waits until each of its partitions has a leader: the first
     * consumer group would otherwise wait for that at its start (NOT_COORDINATOR, again and again).
     */
    private void awaitGroupCoordinators() {
        awaitUntil(this::groupCoordinatorsElected, () -> "the offsets topic has no leaders");
    }

    private boolean groupCoordinatorsElected() {
        try (Admin admin = admin()) {
            try {
                // looks up the group's coordinator, which makes the offsets topic
                admin.describeConsumerGroups(List.of("local-stack")).all().get(5, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // no such group (Kafka 4 says so): expected, the lookup is what counts
            }
            return admin
                    .describeTopics(List.of("__consumer_offsets"))
                    .allTopicNames()
                    .get(5, TimeUnit.SECONDS)
                    .get("__consumer_offsets")
                    .partitions()
                    .stream()
                    .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            return false;
        }
    }

    /** Every broker's address: a client bootstraps from whichever answers. */
    public String bootstrapServers() {
        return brokers.stream().map(KafkaBroker::bootstrapServers).collect(Collectors.joining(","));
    }

    public int size() {
        return brokers.size();
    }

    /** The replication factor of the topics the services declare on it ({@code irtiqa.topics.replication}). */
    public int replicationFactor() {
        return Math.min(3, brokers.size());
    }

    /** The broker of node id {@code nodeId} (1 to {@link #size()}). */
    public KafkaBroker broker(int nodeId) {
        if (nodeId < 1 || nodeId > brokers.size()) {
            throw new IllegalArgumentException("No broker " + nodeId + "; node ids are 1 to " + brokers.size());
        }
        return brokers.get(nodeId - 1);
    }

    public List<KafkaBroker> brokers() {
        return brokers;
    }

    /** The broker leading {@code topic}'s {@code partition} now, as the controller's metadata says. */
    public KafkaBroker leaderOf(String topic, int partition) {
        try (Admin admin = admin()) {
            TopicPartitionInfo info = admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS)
                    .get(topic)
                    .partitions()
                    .get(partition);
            Node leader = info.leader();
            if (leader == null || leader.isEmpty()) {
                throw new IllegalStateException(topic + "-" + partition + " has no leader now");
            }
            return broker(leader.id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not find the leader of " + topic + "-" + partition, e);
        }
    }

    /** SIGKILL to broker {@code nodeId}, like {@code kill -9}. */
    public void kill(int nodeId) {
        broker(nodeId).kill();
    }

    /** Starts broker {@code nodeId} again (stopped first if it runs) on its ports and data. */
    public KafkaBroker restart(int nodeId) {
        return broker(nodeId).restart();
    }

    /** Waits until {@code count} brokers are registered and unfenced (a restarted one is back). */
    public void awaitRegistered(int count) {
        awaitUntil(() -> registered() >= count, () -> registered() + " of " + count + " brokers registered");
    }

    /** Polls {@code done} until it holds, or fails saying what did not happen within {@link #START_TIMEOUT}. */
    private static void awaitUntil(BooleanSupplier done, Supplier<String> notDone) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "Kafka: " + notDone.get() + " within " + START_TIMEOUT.toSeconds() + " s");
            }
            pause();
        }
    }

    /**
     * Waits until every partition of {@code topics} has all {@link #replicationFactor()} replicas in
     * sync: a restarted broker has caught up, and the cluster is as a fault test found it.
     */
    public void awaitFullyReplicated(Collection<String> topics) {
        awaitUntil(() -> fullyReplicated(topics), () -> "the replicas of " + topics + " not all in sync");
    }

    /** Every broker started again after {@link #stop()} or {@link #kill()}. */
    public KafkaCluster restart() {
        stop();
        return start();
    }

    /** A controlled shutdown of every broker at once (one by one, the last would wait for a lost quorum). */
    public void stop() {
        CompletableFuture.allOf(brokers.stream()
                        .map(b -> CompletableFuture.runAsync(b::stop, LocalStack::inNewThread))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    /** SIGKILL to every broker. */
    public void kill() {
        brokers.forEach(KafkaBroker::kill);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for the brokers", e);
        }
    }

    private boolean fullyReplicated(Collection<String> topics) {
        try (Admin admin = admin()) {
            return admin.describeTopics(topics).allTopicNames().get(3, TimeUnit.SECONDS).values().stream()
                    .flatMap(topic -> topic.partitions().stream())
                    .allMatch(partition -> partition.isr().size() == replicationFactor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            return false;
        }
    }

    private int registered() {
        try (Admin admin = admin()) {
            return admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            return 0;
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000));
    }

    private static String clusterId(Path dataDirectory) {
        Path file = dataDirectory.resolve("cluster.id");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(dataDirectory);
            String id = Uuid.randomUuid().toString();
            Files.writeString(file, id + "\n");
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the cluster id in " + file, e);
        }
    }
}
