package org.irtiqa.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.irtiqa.schemas.SampleEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The serde configured by Kafka with Confluent's credential keys signs in to a registry that
 * requires it; a source we do not support, or both kinds at once, fails the configuration instead
 * of silently sending nothing.
 */
class SerdeCredentialsTest {

    private HttpServer server;
    private String url;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
                    byte[] body = "{\"id\":3}".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                })
                .setAuthenticator(new BasicAuthenticator("registry") {
                    @Override
                    public boolean checkCredentials(String user, String password) {
                        return user.equals("analytics-service") && password.equals("local-only-serde");
                    }
                });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void confluentsUserInfoKeysSignTheSerializerIn() {
        try (var serializer = new AvroSerializer()) {
            serializer.configure(
                    Map.of(
                            "schema.registry.url", url,
                            "basic.auth.credentials.source", "USER_INFO",
                            "basic.auth.user.info", "analytics-service:local-only-serde"),
                    false);

            assertThat(serializer.serialize("registration.cohorts.v1", SampleEvents.cohort()))
                    .startsWith(0, 0, 0, 0, 3);
        }
    }

    @Test
    void withoutCredentialsTheRegistryRefusesTheSerializer() {
        try (var serializer = new AvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", url), false);

            assertThatThrownBy(() -> serializer.serialize("registration.cohorts.v1", SampleEvents.cohort()))
                    .hasMessageContaining("401");
        }
    }

    @Test
    void anUnsupportedSourceOrBothKindsAreRefusedAtConfiguration() {
        assertThatThrownBy(() -> SerdeConfig.credentials(Map.of("basic.auth.credentials.source", "SASL_INHERIT")))
                .isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> SerdeConfig.credentials(Map.of(
                        "basic.auth.user.info", "a:b",
                        "bearer.auth.credentials.source", "STATIC_TOKEN",
                        "bearer.auth.token", "t")))
                .isInstanceOf(ConfigException.class);
        assertThat(SerdeConfig.credentials(Map.of(
                                "bearer.auth.credentials.source", "STATIC_TOKEN", "bearer.auth.token", "local-only-t"))
                        .toString())
                .doesNotContain("local-only-t");
    }
}
