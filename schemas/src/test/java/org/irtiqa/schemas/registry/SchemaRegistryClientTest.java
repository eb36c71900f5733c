package org.irtiqa.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.irtiqa.schemas.SampleEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only a counting server can show (caching, encoding, status mapping); registry behaviour
 * itself is tested against Apicurio in {@link SchemaRegistryIntegrationTest}.
 */
class SchemaRegistryClientTest {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private SchemaRegistryClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
            boolean conflict = exchange.getRequestURI().getRawPath().contains("clash");
            byte[] body = (conflict ? "{\"error_code\":409,\"message\":\"Incompatible schema\"}" : "{\"id\":12}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(conflict ? 409 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        client = new SchemaRegistryClient(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ccompat/"), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void registersOncePerSubjectAndSchemaAndEncodesTheSubject() {
        var schema = SampleEvents.cohort().getSchema();
        assertThat(client.register("a topic-x", schema)).isEqualTo(12);
        assertThat(client.register("a topic-x", schema)).isEqualTo(12);
        assertThat(client.lookup("a topic-x", schema)).hasValue(12);

        assertThat(requests).containsExactly("POST /ccompat/subjects/a%20topic-x/versions");
    }

    @Test
    void mapsConflictToIncompatibleSchemaExceptionWithErrorCode() {
        assertThatThrownBy(() -> client.register("clash", SampleEvents.cohort().getSchema()))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("registering subject clash")
                .hasMessageContaining("Incompatible schema")
                .extracting(e -> ((SchemaRegistryException) e).errorCode())
                .isEqualTo(409);
    }

    @Test
    void reportsRefusedConnectionClearly() throws IOException {
        int freePort;
        try (var socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        var down = new SchemaRegistryClient(URI.create("http://127.0.0.1:" + freePort), Duration.ofSeconds(2));
        assertThatThrownBy(() -> down.schemaById(3))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("unreachable (connection refused)")
                .hasMessageContaining("schema id 3")
                .hasMessageContaining("/schemas/ids/3");
    }
}
