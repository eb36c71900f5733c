package org.irtiqa.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A client that hangs up in the middle of a large answer: counted in {@code http.client.aborts},
 * logged at DEBUG without a stack trace, and nothing at WARN or ERROR on the request's thread.
 */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "irtiqa.test.database=abort_test",
            "test.topic=test.abort.v1",
            "logging.level.org.irtiqa.support.web.ClientAborts=DEBUG"
        })
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class ClientAbortTest {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @BeforeEach
    void captureLogs() {
        logs.start();
        root().addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        root().detachAppender(logs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "csv"})
    void aClientThatHangsUpMidAnswerIsCountedAndNotLoggedAsAnError(String format) throws Exception {
        double aborts = aborts();
        long requests = requests();

        hangUpMidAnswer("/api/large?format=" + format);

        await().atMost(Duration.ofSeconds(20)).until(() -> aborts() > aborts);
        // the request has finished (its observation is recorded last): whatever it logs is in
        await().atMost(Duration.ofSeconds(20)).until(() -> requests() > requests);
        List<ILoggingEvent> ofRequests = logs.list.stream()
                .filter(e -> e.getThreadName().startsWith("http-"))
                .toList();
        assertThat(ofRequests).as("nothing at WARN or ERROR").noneMatch(e -> e.getLevel()
                .isGreaterOrEqual(Level.WARN));
        assertThat(ofRequests)
                .filteredOn(e -> e.getLoggerName().equals(ClientAborts.class.getName()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
                    assertThat(e.getThrowableProxy()).isNull();
                    assertThat(e.getFormattedMessage()).contains("/api/large");
                });
        assertThat(aborts()).isEqualTo(aborts + 1);
    }

    /** Reads the start of the answer, then closes with a reset (SO_LINGER 0), as a killed browser tab does. */
    private void hangUpMidAnswer(String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                            + TestTokens.token("admin") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int read = 0;
            while (read < 64 * 1024) {
                int n = in.read(buffer);
                assertThat(n).as("the answer is longer than 64 KB").isPositive();
                read += n;
            }
            socket.setSoLinger(true, 0);
        }
    }

    private double aborts() {
        Counter counter = meters.find("http.client.aborts").counter();
        return counter == null ? 0 : counter.count();
    }

    private long requests() {
        Timer timer =
                meters.find("http.server.requests").tag("uri", "/api/large").timer();
        return timer == null ? 0 : timer.count();
    }
}
