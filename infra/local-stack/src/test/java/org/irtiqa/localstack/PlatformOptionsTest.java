package org.irtiqa.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
    void rejectsUnknownFlagsAndMalformedServices() {
        assertThatThrownBy(() -> PlatformOptions.parse("--nope")).hasMessageContaining("Unknown argument --nope");
        assertThatThrownBy(() -> PlatformOptions.parse("--service", "x=80")).hasMessageContaining("name=port=");
        assertThatThrownBy(() -> PlatformOptions.parse("--kafka-port", "99999")).hasMessageContaining("Not a port");
    }
}
