package org.irtiqa.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * Apache Kafka in KRaft mode (one node, broker and controller) as its own process, so that it can
 * be killed and restarted like a real one. Its classpath comes from the kafka-broker module's
 * resource jar; Kafka's server jars are never on our classpath. Ports are fixed at construction,
 * so {@link #restart()} brings it back where clients expect it, with its data.
 */
public final class KafkaBroker {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path dataDirectory;
    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private final boolean saslScram;
    private final BrokerConfiguration.Node node;
    private final List<BrokerConfiguration.Node> voters;
    private final String clusterId;
    private final String name;
    private final List<String> launcher;
    private final Runnable shutdown = this::stop;
    private ChildProcess process;

    /** Ports 0 mean "a free one, chosen now". Data (logs, metadata) lives under {@code dataDirectory}. */
    public KafkaBroker(Path dataDirectory, Path logDirectory, int port, int controllerPort) {
        this(dataDirectory, logDirectory, port, controllerPort, false);
    }

    /**
     * A broker shaped like production's ({@link SaslScram}: SASL/SCRAM on loopback, ACLs of
     * {@link KafkaAcls}); clients connect with {@link #credentials(String)}. It logs to
     * {@code kafka-sasl.log}, so that it may share a log directory with a plaintext one.
     */
    public static KafkaBroker withSaslScram(Path dataDirectory, Path logDirectory) {
        return new KafkaBroker(dataDirectory, logDirectory, 0, 0, true);
    }

    private KafkaBroker(Path dataDirectory, Path logDirectory, int port, int controllerPort, boolean saslScram) {
        this(
                dataDirectory,
                logDirectory,
                new BrokerConfiguration.Node(1, Ports.orFree(port), Ports.orFree(controllerPort)),
                null,
                null,
                saslScram ? "kafka-sasl" : "kafka",
                List.of(),
                saslScram);
    }

    /**
     * One voter of a {@link KafkaCluster}: {@code node} among {@code voters}, formatted with the
     * cluster's id, logging to {@code kafka-<node id>.log}.
     */
    static KafkaBroker member(
            Path dataDirectory,
            Path logDirectory,
            BrokerConfiguration.Node node,
            List<BrokerConfiguration.Node> voters,
            String clusterId,
            List<String> launcher) {
        return new KafkaBroker(
                dataDirectory, logDirectory, node, voters, clusterId, "kafka-" + node.nodeId(), launcher, false);
    }

    private KafkaBroker(
            Path dataDirectory,
            Path logDirectory,
            BrokerConfiguration.Node node,
            List<BrokerConfiguration.Node> voters,
            String clusterId,
            String name,
            List<String> launcher,
            boolean saslScram) {
        this.saslScram = saslScram;
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.logDirectory = logDirectory.toAbsolutePath();
        this.node = node;
        this.port = node.port();
        this.controllerPort = node.controllerPort();
        this.voters = voters == null ? List.of(node) : List.copyOf(voters);
        this.clusterId = clusterId;
        this.name = name;
        this.launcher = List.copyOf(launcher);
    }

    /** Formats the storage on first use, launches the broker and waits until it answers an admin request. */
    public synchronized KafkaBroker start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        Path properties = BrokerConfiguration.write(dataDirectory, logDirectory, node, voters, saslScram);
        String logName = name;
        String java = ChildProcess.java();
        String classpath = BrokerConfiguration.classpath();
        if (!Files.exists(dataDirectory.resolve("kraft/meta.properties"))) {
            List<String> formatCommand = new ArrayList<>(List.of(java));
            formatCommand.addAll(ClassDataSharing.flags("kafka-storage-tool", classpath));
            formatCommand.addAll(List.of(
                    "-cp",
                    classpath,
                    "kafka.tools.StorageTool",
                    "format",
                    "--cluster-id",
                    clusterId != null ? clusterId : Uuid.randomUuid().toString(),
                    "--config",
                    properties.toString()));
            if (saslScram) {
                formatCommand.addAll(SaslScram.formatArguments());
            }
            ChildProcess format = new ChildProcess(
                    "kafka storage format",
                    formatCommand,
                    logDirectory.resolve(logName + "-format.log"),
                    dataDirectory);
            format.start();
            format.awaitSuccess(Duration.ofSeconds(60));
        }
        List<String> command = new ArrayList<>(launcher); // nothing, or the way into a NetworkNamespace
        command.add(java);
        command.addAll(ClassDataSharing.flags("kafka", classpath));
        command.addAll(JvmOptions.from(LocalStack.JVM_OPTIONS_PROPERTY));
        command.addAll(List.of(
                "-Xms256m",
                "-Xmx512m",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + dataDirectory.resolve("log4j2.xml"),
                "-Dkafka.broker.log.file=" + logDirectory.resolve(logName + ".log"),
                "-cp",
                classpath,
                "kafka.Kafka",
                properties.toString()));
        // Its console (JVM warnings, a bind failure before log4j starts) and log4j append to one file.
        process = new ChildProcess(
                voters.size() == 1 ? "Kafka broker" : "Kafka broker " + node.nodeId(),
                command,
                logDirectory.resolve(logName + ".log"),
                dataDirectory);
        Shutdown.register(Shutdown.Phase.KAFKA, shutdown);
        process.start();
        process.awaitReady(START_TIMEOUT, () -> Ports.accepts(node.host(), port));
        process.awaitReady(START_TIMEOUT, this::answersAdminRequests);
        if (saslScram) {
            Map<String, Object> patient = new HashMap<>(adminProperties());
            patient.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
            patient.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
            try (Admin admin = Admin.create(patient)) {
                SaslScram.grant(admin);
            }
        }
        return this;
    }

    /**
     * LOCAL USE ONLY: the SCRAM credentials of a service ({@link KafkaAcls#SERVICES}) on a broker
     * {@link #withSaslScram}, or of its super user ({@link SaslScram#SUPER_USER}'s name).
     */
    public KafkaCredentials credentials(String user) {
        if (!saslScram) {
            throw new IllegalStateException("This broker is plaintext: it has no users");
        }
        return user.equals(SaslScram.SUPER_USER.user()) ? SaslScram.SUPER_USER : SaslScram.service(user);
    }

    public boolean saslScram() {
        return saslScram;
    }

    public String bootstrapServers() {
        return node.host() + ":" + port;
    }

    /** Its {@code node.id}: 1 alone, 1 to n in a {@link KafkaCluster}. */
    public int nodeId() {
        return node.nodeId();
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The server's process while it runs (LocalPlatform's supervisor watches it). */
    synchronized ChildProcess process() {
        return process;
    }

    /** SIGTERM: a controlled shutdown (a few seconds), SIGKILL if it takes more than 30 s. */
    public synchronized void stop() {
        Shutdown.unregister(Shutdown.Phase.KAFKA, shutdown);
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }

    /** SIGKILL, like {@code kill -9}: no controlled shutdown, for fault tests. */
    public synchronized void kill() {
        Shutdown.unregister(Shutdown.Phase.KAFKA, shutdown);
        if (process != null) {
            process.kill();
        }
    }

    /** Stops the broker if it runs, then starts it again on the same ports and data. */
    public synchronized KafkaBroker restart() {
        stop();
        return start();
    }

    /** The super user's admin client on a secured broker; no security settings on a plaintext one. */
    private Map<String, Object> adminProperties() {
        Map<String, Object> config = new HashMap<>(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000));
        if (saslScram) {
            config.putAll(SaslScram.SUPER_USER.clientProperties());
        }
        return config;
    }

    private boolean answersAdminRequests() {
        try (Admin admin = Admin.create(adminProperties())) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }
}
