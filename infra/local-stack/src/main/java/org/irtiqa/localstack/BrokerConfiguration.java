package org.irtiqa.localstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What a {@link KafkaBroker} process is launched with: the classpath and log configuration carried
 * by the kafka-broker resource jar, and a server.properties for one KRaft node (broker and
 * controller) on 127.0.0.1 — alone, or one of the voters of a {@link KafkaCluster}, where every
 * replication factor is production's (events.md: 3, {@code min.insync.replicas=2}).
 */
final class BrokerConfiguration {

    /** A combined broker and controller: its id, its address (127.0.0.1 but in a namespace) and its two ports. */
    record Node(int nodeId, String host, int port, int controllerPort) {

        Node(int nodeId, int port, int controllerPort) {
            this(nodeId, "127.0.0.1", port, controllerPort);
        }

        String voter() {
            return nodeId + "@" + host + ":" + controllerPort;
        }
    }

    private static final String RESOURCES = "org/irtiqa/kafkabroker/";

    private BrokerConfiguration() {}

    /** Absolute jar paths in the local Maven repository of the machine that built kafka-broker. */
    static String classpath() {
        String classpath = resource("classpath.txt").trim();
        for (String jar : classpath.split(File.pathSeparator)) {
            if (!Files.exists(Path.of(jar))) {
                throw new IllegalStateException("The Kafka broker's classpath names " + jar + ", which is not there: "
                        + "build infra/kafka-broker on this machine (mvn -pl infra/kafka-broker install)");
            }
        }
        return classpath;
    }

    static Path write(Path dataDirectory, Path logDirectory, int port, int controllerPort) {
        Node alone = new Node(1, port, controllerPort);
        return write(dataDirectory, logDirectory, alone, List.of(alone), false);
    }

    /**
     * {@code self} among {@code voters} (itself alone for a single broker). With {@code saslScram},
     * the listeners, authentication and authorizer of {@link SaslScram}.
     */
    static Path write(Path dataDirectory, Path logDirectory, Node self, List<Node> voters, boolean saslScram) {
        int port = self.port();
        int controllerPort = self.controllerPort();
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(self.nodeId()));
        p.setProperty(
                "controller.quorum.voters", voters.stream().map(Node::voter).collect(Collectors.joining(",")));
        String host = self.host();
        p.setProperty("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("log.dirs", dataDirectory.resolve("kraft").toString());
        p.setProperty("num.partitions", "12");
        // One node: every topic lives with a single replica. Three or more: production's 3 and 2.
        String replication = String.valueOf(Math.min(3, voters.size()));
        String minInSync = voters.size() == 1 ? "1" : "2";
        p.setProperty("default.replication.factor", replication);
        p.setProperty("min.insync.replicas", minInSync);
        p.setProperty("offsets.topic.replication.factor", replication);
        p.setProperty("transaction.state.log.replication.factor", replication);
        p.setProperty("transaction.state.log.min.isr", minInSync);
        p.setProperty("share.coordinator.state.topic.replication.factor", replication);
        p.setProperty("share.coordinator.state.topic.min.isr", minInSync);
        if (voters.size() > 1) {
            // 50 partitions (the default) at 3 replicas are 150 leaders to elect when the first group
            // asks for its coordinator: seconds on a loaded machine, for nothing a few groups need.
            p.setProperty("offsets.topic.num.partitions", "12");
            p.setProperty("transaction.state.log.num.partitions", "12");
        }
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // After a kill -9 the controller refuses the restarted broker's registration until the old
        // session expires (default 9 s): a shorter session brings it back sooner (~12 s -> ~6 s).
        p.setProperty("broker.session.timeout.ms", "3000");
        p.setProperty("broker.heartbeat.interval.ms", "500");
        if (saslScram) {
            SaslScram.configure(p, port, controllerPort);
        }
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(logDirectory);
            try (InputStream log4j =
                    BrokerConfiguration.class.getClassLoader().getResourceAsStream(RESOURCES + "log4j2.xml")) {
                Files.copy(log4j, dataDirectory.resolve("log4j2.xml"), StandardCopyOption.REPLACE_EXISTING);
            }
            Path file = dataDirectory.resolve("server.properties");
            try (var out = Files.newBufferedWriter(file)) {
                p.store(out, "Written by org.irtiqa.localstack.KafkaBroker at every start");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the broker configuration in " + dataDirectory, e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = BrokerConfiguration.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException(
                        RESOURCES + name + " is not on the classpath: add org.irtiqa:kafka-broker");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
