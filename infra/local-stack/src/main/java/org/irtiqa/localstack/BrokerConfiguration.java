package org.irtiqa.localstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * What a {@link KafkaBroker} process is launched with: the classpath and log configuration carried
 * by the kafka-broker resource jar, and a server.properties for one KRaft node on 127.0.0.1.
 */
final class BrokerConfiguration {

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
        return write(dataDirectory, logDirectory, port, controllerPort, false);
    }

    /** With {@code saslScram}, the listeners, authentication and authorizer of {@link SaslScram}. */
    static Path write(Path dataDirectory, Path logDirectory, int port, int controllerPort, boolean saslScram) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("log.dirs", dataDirectory.resolve("kraft").toString());
        p.setProperty("num.partitions", "12");
        // One node: every internal topic must live with a single replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
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
