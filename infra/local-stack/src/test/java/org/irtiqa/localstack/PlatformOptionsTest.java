package org.irtiqa.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformOptionsTest {

    @Test
    void defaultsToTheDocumentedPortsAndDataDirectory() {
        PlatformOptions options = PlatformOptions.parse();

        assertThat(options.data()).isEqualTo(Path.of(".irtiqa-data").toAbsolutePath());
        assertThat(options.fresh()).isFalse();
        assertThat(options.demo()).isTrue();
        assertThat(options)
                .extracting(
                        PlatformOptions::postgresPort,
                        PlatformOptions::kafkaPort,
                        PlatformOptions::controllerPort,
                        PlatformOptions::registryPort,
                        PlatformOptions::registryManagementPort,
                        PlatformOptions::identityPort)
                .containsExactly(15432, 9092, 9093, 8080, 9000, 8090);
    }

    @Test
    void readsServicesFlagsAndPorts() {
        PlatformOptions options = PlatformOptions.parse(
                "--fresh",
                "--no-demo",
                "--data",
                "/tmp/x",
                "--kafka-port",
                "19092",
                "--identity-port",
                "18090",
                "--service",
                "registration-service=8081=/opt/app=1.jar");

        assertThat(options.fresh()).isTrue();
        assertThat(options.demo()).isFalse();
        assertThat(options.data()).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.identityPort()).isEqualTo(18090);
        assertThat(options.services()).singleElement().satisfies(service -> {
            assertThat(service.name()).isEqualTo("registration-service");
            assertThat(service.port()).isEqualTo(8081);
            assertThat(service.jar()).isEqualTo(Path.of("/opt/app=1.jar"));
            assertThat(service.database()).isEqualTo("registration_service");
        });
    }

    @Test
    void placesEachOfSeveralBrokersTwoPortsAfterThePreviousOne() {
        assertThat(PlatformOptions.parse().brokers()).isEqualTo(1);
        PlatformOptions options = PlatformOptions.parse("--brokers", "3");

        assertThat(options.brokers()).isEqualTo(3);
        assertThat(List.of(options.brokerPort(1), options.brokerPort(2), options.brokerPort(3)))
                .containsExactly(9092, 9094, 9096);
        assertThat(List.of(
                        options.brokerControllerPort(1),
                        options.brokerControllerPort(2),
                        options.brokerControllerPort(3)))
                .containsExactly(9093, 9095, 9097);
        assertThatThrownBy(() -> PlatformOptions.parse("--brokers", "0")).hasMessageContaining("1 to 5");
    }

    @Test
    void rejectsUnknownFlagsAndMalformedServices() {
        assertThatThrownBy(() -> PlatformOptions.parse("--nope")).hasMessageContaining("Unknown argument --nope");
        assertThatThrownBy(() -> PlatformOptions.parse("--service", "x=80")).hasMessageContaining("name=port=");
        assertThatThrownBy(() -> PlatformOptions.parse("--kafka-port", "99999")).hasMessageContaining("Not a port");
    }
}
