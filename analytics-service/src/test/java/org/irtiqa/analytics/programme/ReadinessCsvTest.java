package org.irtiqa.analytics.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.irtiqa.analytics.programme.TestCorrections.participantRegistered;
import static org.irtiqa.analytics.programme.TestEvents.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.Theme;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.EventSender;
import org.irtiqa.testkit.Rfc4180;
import org.irtiqa.testkit.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readiness lists as CSV (api.md): a BOM, CRLF, a fixed header with every theme and level,
 * Arabic intact, flags as true/false columns; parsed back, every cell equals the JSON of the same
 * list, for the institutions, the participants and a history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
class ReadinessCsvTest {

    private static final EventSender sender = new EventSender();
    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @AfterAll
    static void close() {
        sender.close();
    }

    @Test
    void everyListAnswersCsvThatParsesBackToItsJson() {
        String v = "V-" + System.nanoTime() % 1_000_000_000L;
        String c = "CV-" + v;
        Instant t = Instant.now().minus(Duration.ofDays(3));
        List<Sent> events = new ArrayList<>(List.of(institution(v, Governorate.SOUTH_AL_BATINAH, t)));
        for (int i = 0; i < 3; i++) {
            UUID e = UUID.randomUUID(), p = UUID.randomUUID();
            events.add(enrolled(e, p, v, c, LeadershipLevel.values()[i], t.plusSeconds(i)));
            events.add(participantRegistered(p, v, LeadershipLevel.values()[i], t));
            events.add(assessed(
                    UUID.randomUUID(),
                    p,
                    e,
                    v,
                    c,
                    Theme.RISK_MANAGEMENT,
                    AssessmentKind.FINAL,
                    50 + i,
                    t.plusSeconds(60),
                    t.plusSeconds(60)));
        }
        events.forEach(e -> sender.send(e.topic(), e.key(), e.event()));
        RestTestClient admin = Tokens.client(port, Tokens.ADMIN);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(jsonOf(admin, "/api/readiness/institutions/" + v)
                                .get("enrolled")
                                .asInt())
                        .isEqualTo(3));

        byte[] raw = admin.get()
                .uri("/api/readiness/institutions")
                .header("Accept", "text/csv")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("text/csv")
                .expectHeader()
                .valueMatches("Content-Disposition", "attachment; filename=\"institutions.csv\"")
                .expectBody()
                .returnResult()
                .getResponseBody();
        assertThat(raw).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(raw, 3, raw.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").doesNotContain("\n\n");
        List<List<String>> rows = Rfc4180.parse(text);
        List<String> header = rows.getFirst();
        assertThat(header)
                .contains(
                        "institutionCode",
                        "nameAr",
                        "sector",
                        "readinessIndex",
                        "band",
                        "themeScores.AI_IN_CHANGE_MANAGEMENT",
                        "levels.EXECUTIVE_TEAM.enrolled")
                .doesNotContain("themeScores.UNKNOWN");
        compare(
                header,
                rows.subList(1, rows.size()),
                jsonOf(admin, "/api/readiness/institutions").get("items"));
        Map<String, String> mine = row(header, rows, "institutionCode", v);
        assertThat(mine)
                .containsEntry("nameAr", "مؤسسة " + v)
                .containsEntry("sector", "MINISTRY") // the dashboard filters institutions by it
                .containsEntry("themeScores.RISK_MANAGEMENT", "51");

        String participants = "/api/readiness/institutions/" + v + "/participants";
        List<List<String>> people = csv(admin, participants + "?format=csv");
        assertThat(people.getFirst()).contains("flags.NO_BASELINE", "themes.RISK_MANAGEMENT.latest");
        compare(
                people.getFirst(),
                people.subList(1, people.size()),
                jsonOf(admin, participants).get("items"));
        assertThat(people.subList(1, people.size()))
                .extracting(r -> r.get(people.getFirst().indexOf("displayNameAr")))
                .containsOnly("قائد");

        String history = "/api/readiness/institutions/" + v + "/history";
        // the history is written by its own flush, a moment after the figures (an institution's days at once)
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jsonOf(admin, history).get("items").size() > 0);
        List<List<String>> days = csv(admin, history + "?format=csv");
        compare(
                days.getFirst(),
                days.subList(1, days.size()),
                jsonOf(admin, history).get("items"));

        admin.get()
                .uri("/api/readiness/institutions?format=xml")
                .exchange()
                .expectStatus()
                .isBadRequest();
        Tokens.client(port, Tokens.VIEWER)
                .get()
                .uri(participants + "?format=csv")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentTypeCompatibleWith("application/problem+json");
    }

    /** Every cell of every row equals the JSON's value at the column's path (empty for null). */
    private static void compare(List<String> header, List<List<String>> rows, JsonNode items) {
        assertThat(rows).hasSize(items.size());
        for (int r = 0; r < rows.size(); r++) {
            for (int col = 0; col < header.size(); col++) {
                assertThat(rows.get(r).get(col))
                        .as("row %d column %s", r, header.get(col))
                        .isEqualTo(expected(items.get(r), header.get(col)));
            }
        }
    }

    private static String expected(JsonNode item, String path) {
        String[] parts = path.split("\\.");
        JsonNode node = item;
        for (int i = 0; i < parts.length; i++) {
            if (node == null || node.isNull()) {
                return "";
            }
            if (node.isArray()) { // flags: one true/false column per name
                String name = parts[i];
                boolean present = false;
                for (JsonNode flag : node) {
                    present |= flag.asString().equals(name);
                }
                return Boolean.toString(present);
            }
            node = node.get(parts[i]);
        }
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isNumber()) {
            return new java.math.BigDecimal(node.asString())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return node.isString() ? node.asString() : node.toString();
    }

    private static Map<String, String> row(List<String> header, List<List<String>> rows, String column, String value) {
        int index = header.indexOf(column);
        for (List<String> row : rows) {
            if (row.get(index).equals(value)) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), row.get(i));
                }
                return cells;
            }
        }
        throw new AssertionError("no row with " + column + " " + value);
    }

    private static List<List<String>> csv(RestTestClient client, String path) {
        byte[] raw = client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return Rfc4180.parse(new String(raw, 3, raw.length - 3, StandardCharsets.UTF_8));
    }

    private static JsonNode jsonOf(RestTestClient client, String path) {
        return json.readTree(client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }
}
