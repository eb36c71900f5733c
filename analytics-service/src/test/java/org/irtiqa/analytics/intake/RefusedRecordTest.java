package org.irtiqa.analytics.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.irtiqa.analytics.programme.TestEvents;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.Sector;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.EventSender;
import org.irtiqa.testkit.Tokens;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * A record that decodes and passes the rules but that PostgreSQL refuses (a NUL in a text) goes to
 * the dead-letter topic alone, with its own error; every other record of its batch is applied.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
class RefusedRecordTest {

    private static final String TOPIC = "registration.institutions.v1";

    private final EventSender sender = new EventSender();

    @LocalServerPort
    int port;

    @AfterEach
    void closeSender() {
        sender.close();
    }

    @Test
    void sendsTheOneRecordPostgresqlRefusesToTheDeadLetterTopicAndAppliesTheRestOfItsBatch() {
        String key = "NUL-" + System.nanoTime();
        int refused = 13;
        List<String> codes = IntStream.range(0, 20).mapToObj(i -> key + "-" + i).toList();
        List<InstitutionRegistered> batch = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            batch.add(institution(codes.get(i), i == refused ? "Nul\u0000 Office" : "Office " + i));
        }

        List<Long> offsets = sender.sendTogether(TOPIC, key, batch);

        for (int i = 0; i < codes.size(); i++) {
            if (i != refused) {
                CorrectionsIntake.awaitFigures(port, codes.get(i), "{nameEn: 'Office " + i + "', enrolled: 0}");
            }
        }
        var dead = TopicReader.all(TOPIC + ".DLT", false).stream()
                .filter(letter -> key.equals(letter.key()))
                .toList();
        assertThat(dead).hasSize(1);
        var letter = dead.getFirst();
        assertThat(ByteBuffer.wrap(letter.raw()
                                .headers()
                                .lastHeader("kafka_dlt-original-offset")
                                .value())
                        .getLong())
                .isEqualTo(offsets.get(refused));
        assertThat(letter.header("kafka_dlt-exception-message"))
                .contains("Record refused by the readiness state")
                .containsAnyOf("0x00", "Zero bytes");
        assertThat(letter.header("kafka_dlt-exception-stacktrace"))
                .contains("DataIntegrityViolationException")
                .contains("PSQLException");
        Tokens.client(port, Tokens.ADMIN)
                .get()
                .uri("/api/readiness/institutions/" + codes.get(refused))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private static InstitutionRegistered institution(String code, String name) {
        return InstitutionRegistered.newBuilder()
                .setMeta(TestEvents.meta(Instant.now()))
                .setInstitutionCode(code)
                .setNameEn(name)
                .setNameAr("مكتب")
                .setGovernorate(Governorate.MUSCAT)
                .setSector(Sector.MINISTRY)
                .build();
    }
}
