package org.irtiqa.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.irtiqa.schemas.SampleEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against an HTTP server that requires credentials (the JDK's, with its own
 * {@link BasicAuthenticator} for basic and a check of the bearer token): the right ones are let in,
 * none or wrong ones get 401, and no message or {@code toString} shows a secret. That Apicurio
 * itself requires them and takes ours is KafkaAuthorizationTest's (system tests).
 */
class RegistryCredentialsTest {

    private static final String PASSWORD = "local-only-s3cret:with-colon";
    private static final String TOKEN = "local-only-token";
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/basic", RegistryCredentialsTest::registered)
                .setAuthenticator(new BasicAuthenticator("registry") {
                    @Override
                    public boolean checkCredentials(String user, String password) {
                        return user.equals("registration-service") && password.equals(PASSWORD);
                    }
                });
        server.createContext("/bearer", exchange -> {
            if (("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                registered(exchange);
            } else {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void basicCredentialsAreSentAsConfluentsUserInfoAndTheRightOnesAreLetIn() {
        var client = client("/basic", RegistryCredentials.basic("registration-service:" + PASSWORD));

        assertThat(client.register("t-x", SampleEvents.cohort().getSchema())).isEqualTo(7);
    }

    @Test
    void noCredentialsAndAWrongPasswordGet401WithoutTheSecretInTheMessage() {
        var none = client("/basic", RegistryCredentials.none());
        var wrong = client("/basic", RegistryCredentials.basic("registration-service:not-" + PASSWORD));

        for (var client : new SchemaRegistryClient[] {none, wrong}) {
            assertThatThrownBy(
                            () -> client.register("t-x", SampleEvents.cohort().getSchema()))
                    .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.status())
                            .isEqualTo(401))
                    .message()
                    .doesNotContain(PASSWORD);
        }
    }

    @Test
    void aBearerTokenIsSentAsSuchAndNoneIsRefused() {
        assertThat(client("/bearer", RegistryCredentials.bearer(TOKEN))
                        .register("t-x", SampleEvents.cohort().getSchema()))
                .isEqualTo(7);
        assertThatThrownBy(() -> client("/bearer", RegistryCredentials.none())
                        .register("t-x", SampleEvents.cohort().getSchema()))
                .isInstanceOf(SchemaRegistryException.class);
    }

    @Test
    void credentialsNeverShowTheirSecret() {
        assertThat(RegistryCredentials.basic("registration-service:" + PASSWORD).toString())
                .contains("registration-service")
                .doesNotContain(PASSWORD);
        assertThat(RegistryCredentials.bearer(TOKEN).toString()).doesNotContain(TOKEN);
        assertThatThrownBy(() -> RegistryCredentials.basic("local-only-password-without-user"))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContain("local-only-password-without-user");
    }

    private SchemaRegistryClient client(String path, RegistryCredentials credentials) {
        return new SchemaRegistryClient(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path),
                Duration.ofSeconds(2),
                credentials);
    }

    private static void registered(HttpExchange exchange) throws IOException {
        byte[] body = "{\"id\":7}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
