package org.irtiqa.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link LocalPlatform}; every port has a flag and the documented default. With
 * {@code --brokers n}, broker i (1..n) listens on the Kafka and controller ports plus 2(i-1).
 */
record PlatformOptions(
        Path data,
        boolean fresh,
        boolean demo,
        int brokers,
        int postgresPort,
        int kafkaPort,
        int controllerPort,
        int registryPort,
        int registryManagementPort,
        int identityPort,
        List<Service> services,
        String demoClasspath) {

    /** A Spring Boot service to run: {@code --service name=port=/path/to/app.jar}. */
    /** Broker {@code nodeId}'s client port (1 to {@link #brokers()}). */
    int brokerPort(int nodeId) {
        return kafkaPort + 2 * (nodeId - 1);
    }

    int brokerControllerPort(int nodeId) {
        return controllerPort + 2 * (nodeId - 1);
    }

    record Service(String name, int port, Path jar) {

        String database() {
            return name.replace('-', '_');
        }
    }

    static final String USAGE = """
            usage: LocalPlatform [--data DIR] [--fresh] [--no-demo] [--service name=port=/path/app.jar]...
                                 [--brokers 1]  (3: a KRaft cluster like production's, replication 3, min ISR 2)
                                 [--demo-classpath CP]  (infra/demo's classes and dependencies: loads the demo on fresh data)
                                 [--postgres-port 15432] [--kafka-port 9092] [--controller-port 9093]
                                 [--registry-port 8080] [--registry-management-port 9000]
                                 [--identity-port 8090]  (the local-only OpenID Connect provider)""";

    static PlatformOptions parse(String... args) {
        Path data = Path.of(".irtiqa-data");
        boolean fresh = false;
        boolean demo = true;
        int brokers = 1;
        int[] ports = {15432, 9092, 9093, 8080, 9000, 8090};
        List<Service> services = new ArrayList<>();
        String demoClasspath = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--fresh" -> fresh = true;
                case "--no-demo" -> demo = false;
                case "--brokers" -> brokers = brokers(value(args, ++i, arg));
                case "--data" -> data = Path.of(value(args, ++i, arg));
                case "--service" -> services.add(service(value(args, ++i, arg)));
                case "--demo-classpath" -> demoClasspath = value(args, ++i, arg);
                case "--postgres-port" -> ports[0] = port(value(args, ++i, arg));
                case "--kafka-port" -> ports[1] = port(value(args, ++i, arg));
                case "--controller-port" -> ports[2] = port(value(args, ++i, arg));
                case "--registry-port" -> ports[3] = port(value(args, ++i, arg));
                case "--registry-management-port" -> ports[4] = port(value(args, ++i, arg));
                case "--identity-port" -> ports[5] = port(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("Unknown argument " + arg + "\n" + USAGE);
            }
        }
        return new PlatformOptions(
                data.toAbsolutePath().normalize(),
                fresh,
                demo,
                brokers,
                ports[0],
                ports[1],
                ports[2],
                ports[3],
                ports[4],
                ports[5],
                List.copyOf(services),
                demoClasspath);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static Service service(String spec) {
        String[] parts = spec.split("=", 3);
        if (parts.length != 3 || parts[0].isBlank()) {
            throw new IllegalArgumentException("--service wants name=port=/path/to/app.jar, not " + spec);
        }
        return new Service(parts[0], port(parts[1]), Path.of(parts[2]).toAbsolutePath());
    }

    private static int brokers(String text) {
        try {
            int brokers = Integer.parseInt(text);
            if (brokers >= 1 && brokers <= 5) {
                return brokers;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--brokers wants 1 to 5, not " + text);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Not a port: " + text);
    }
}
