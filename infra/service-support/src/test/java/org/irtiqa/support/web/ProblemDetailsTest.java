package org.irtiqa.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

/** Every error path of api.md's conventions, over real HTTP. */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "irtiqa.test.database=web_test",
            "test.topic=test.web.v1",
            "irtiqa.web.max-body-size=2KB",
            "irtiqa.web.large-body-paths=/api/import",
            "irtiqa.web.large-body-size=8KB"
        })
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class ProblemDetailsTest {

    static final String VALID = """
            {"name":"Cohort","capacity":3,"sector":"MINISTRY","startsAt":"2026-12-01T09:00:00.5+04:00","speakers":["a"]}""";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void acceptsAValidBodyAndWritesInstantsInUtcWithMilliseconds() throws Exception {
        var response = post("/api/samples", "application/json", VALID);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"startsAt\":\"2026-12-01T05:00:00.500Z\"");
    }

    @Test
    void acceptsUnknownProperties() throws Exception {
        var response = post("/api/samples", "application/json", VALID.replace("{", "{\"extra\":1,"));
        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void malformedJsonIsA400Problem() throws Exception {
        var problem = problem(post("/api/samples", "application/json", "{\"name\": "), 400);
        assertThat(problem.get("detail")).asString().contains("not well-formed JSON");
        problem(post("/api/samples", "application/json", VALID + " trailing"), 400);
        problem(post("/api/samples", "application/json", ""), 400);
    }

    @Test
    void aStringForAnIntIsA400NamingTheField() throws Exception {
        assertFieldError(VALID.replace("\"capacity\":3", "\"capacity\":\"3\""), "capacity");
        assertFieldError(VALID.replace("\"capacity\":3", "\"capacity\":3.5"), "capacity");
        assertFieldError(VALID.replace("\"capacity\":3", "\"capacity\":null"), "capacity");
        assertFieldError(VALID.replace("\"name\":\"Cohort\"", "\"name\":7"), "name");
        assertFieldError(VALID.replace("\"capacity\":3", "\"capacity\":99999999999"), "capacity");
    }

    @Test
    void anUnknownEnumValueIsA400NamingTheField() throws Exception {
        assertFieldError(VALID.replace("MINISTRY", "CASTLE"), "sector");
        assertFieldError(VALID.replace("\"MINISTRY\"", "2"), "sector");
    }

    @Test
    void anInstantWithoutOffsetIsA400() throws Exception {
        assertFieldError(VALID.replace("2026-12-01T09:00:00.5+04:00", "2026-12-01T09:00:00"), "startsAt");
    }

    @Test
    void aMissingRequiredFieldIsA400WithErrors() throws Exception {
        var problem = problem(post("/api/samples", "application/json", "{\"capacity\":1}"), 400);
        assertThat(errorFields(problem)).contains("name", "sector", "startsAt");
    }

    @Test
    void aBadElementOfAListNamesItsIndex() throws Exception {
        assertFieldError(VALID.replace("[\"a\"]", "[\"a\", 5]"), "speakers[1]");
    }

    @Test
    void textWithTheNulCharacterIsA400NamingTheField() throws Exception {
        assertFieldError(VALID.replace("\"name\":\"Cohort\"", "\"name\":\"Co\\u0000hort\""), "name");
        assertFieldError(VALID.replace("[\"a\"]", "[\"a\", \"b\\u0000\"]"), "speakers[1]");
    }

    @Test
    void anOversizedBodyIsA413ByContentLengthAndWhenStreamed() throws Exception {
        String big = VALID.replace("\"Cohort\"", "\"" + "x".repeat(3000) + "\"");
        problem(post("/api/samples", "application/json", big), 413);
        var streamed = http.send(
                TestTokens.request(uri("/api/samples"), "admin")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(big.getBytes())))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        problem(streamed, 413);
    }

    @Test
    void aLargeBodyPathTakesTheLargerLimit() throws Exception {
        var ok = post("/api/import", "text/csv", "a,b\n" + "x".repeat(5000));
        assertThat(ok.statusCode()).isEqualTo(200);
        problem(post("/api/import", "text/csv", "x".repeat(9000)), 413);
    }

    @Test
    void aContentTypeOtherThanJsonIsA415() throws Exception {
        problem(post("/api/samples", "text/plain", VALID), 415);
    }

    @Test
    void aPathIdThatIsNotAUuidIsA404() throws Exception {
        problem(get("/api/samples/not-a-uuid"), 404);
        var notFound = problem(get("/api/samples/0190a3c4-0000-7000-8000-000000000000"), 404);
        assertThat(notFound.get("type")).isEqualTo("https://irtiqa.org/problems/not-found");
    }

    @Test
    void anUnknownPathIsA404AndAWrongMethodA405() throws Exception {
        problem(get("/api/nowhere"), 404);
        problem(
                http.send(
                        TestTokens.request(uri("/api/samples/0190a3c4-0000-7000-8000-000000000000"), "admin")
                                .DELETE()
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                405);
    }

    @Test
    void everyInvalidFieldOfABodyIsListedInOneAnswerInTheOrderOfTheRecord() throws Exception {
        String threeBad = VALID.replace("\"name\":\"Cohort\"", "\"name\":\" \"")
                .replace("\"capacity\":3", "\"capacity\":\"3\"")
                .replace("\"MINISTRY\"", "\"NGO\"");
        var problem = problem(post("/api/samples", "application/json", threeBad), 400);
        assertThat(errorFields(problem)).containsExactly("name", "capacity", "sector");

        String fourBad = threeBad.replace("+04:00", "").replace("[\"a\"]", "[\"a\",\"\",7]");
        assertThat(errorFields(problem(post("/api/samples", "application/json", fourBad), 400)))
                .containsExactly("name", "capacity", "sector", "startsAt", "speakers[2]");
    }

    @Test
    void aValueThatCannotBeReadIsNotAlsoReportedAsMissing() throws Exception {
        var problem = problem(post("/api/samples", "application/json", VALID.replace("\"MINISTRY\"", "\"NGO\"")), 400);
        assertThat(errorFields(problem)).containsExactly("sector");
        assertThat(problem.toString()).contains("must be one of").doesNotContain("must not be null");
    }

    @Test
    void anUnknownQueryParameterIsA400NamingIt() throws Exception {
        var problem = problem(get("/api/samples?page=0&participantId=x&size=3"), 400);
        assertThat(errorFields(problem)).containsExactly("participantId", "size");
        assertThat(problem.get("detail")).asString().doesNotContain("org.", "Exception");
        assertThat(get("/api/samples?page=0&cohortCode=C-2026-1").statusCode()).isEqualTo(200);
    }

    @Test
    void aCodeFilterNoCodeCouldMatchIsA400NamingIt() throws Exception {
        var problem = problem(get("/api/samples?page=0&cohortCode=c%201"), 400);
        assertThat(errorFields(problem)).containsExactly("cohortCode");
    }

    @Test
    void anUnknownPathIsAPlainNotFoundProblem() throws Exception {
        var problem = problem(get("/api/nowhere/at/all"), 404);
        assertThat(problem.get("type")).isEqualTo("https://irtiqa.org/problems/not-found");
        assertThat(problem.get("detail"))
                .asString()
                .doesNotContainIgnoringCase("static")
                .doesNotContain("resource");
    }

    @Test
    void aBadQueryParameterIsA400() throws Exception {
        assertThat(errorFields(problem(get("/api/samples?page=abc"), 400))).containsExactly("page");
        assertThat(errorFields(problem(get("/api/samples"), 400))).containsExactly("page");
    }

    @Test
    void domainExceptionsMapToTheirStatusAndType() throws Exception {
        var conflict = problem(post("/api/conflict", "application/json", "{}"), 409);
        assertThat(conflict.get("type")).isEqualTo("https://irtiqa.org/problems/cohort-full");
        assertThat(conflict.get("detail")).isEqualTo("Cohort C1 is full");
        var unknown = problem(post("/api/unknown-reference", "application/json", "{}"), 422);
        assertThat(errorFields(unknown)).containsExactly("cohortCode");
        var invalid = problem(post("/api/invalid", "application/json", "{}"), 400);
        assertThat(errorFields(invalid)).containsExactly("endsAt");
    }

    @Test
    void anUnexpectedExceptionIsA500WithoutStackTraceOrMessage() throws Exception {
        var response = get("/api/boom");
        var problem = problem(response, 500);
        assertThat(response.body()).doesNotContain("hunter2", "IllegalStateException", "at org.", "trace");
        assertThat(problem.get("detail")).asString().contains("unexpected");
    }

    @Test
    void theCorrelationIdIsEchoedOrMade() throws Exception {
        var given = http.send(
                TestTokens.request(uri("/api/samples"), "admin")
                        .header("X-Correlation-Id", "abc-123")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(VALID))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(given.headers().firstValue("X-Correlation-Id")).hasValue("abc-123");
        assertThat(given.body()).contains("\"correlationId\":\"abc-123\"");
        var made = get("/api/samples/x");
        assertThat(made.headers().firstValue("X-Correlation-Id"))
                .isPresent()
                .get()
                .asString()
                .hasSize(36);
        var unsafe = http.send(
                TestTokens.request(uri("/api/boom"), "admin")
                        .header("X-Correlation-Id", "a b<script>")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unsafe.headers().firstValue("X-Correlation-Id"))
                .get()
                .asString()
                .hasSize(36);
    }

    private void assertFieldError(String body, String field) throws Exception {
        var problem = problem(post("/api/samples", "application/json", body), 400);
        assertThat(errorFields(problem)).as(body).containsExactly(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> errorFields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors"))
                .stream().map(e -> e.get("field")).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        Map<String, Object> problem = json.readValue(response.body(), Map.class);
        assertThat(problem).containsKeys("type", "title", "status", "detail", "instance");
        assertThat(problem.get("status")).isEqualTo(status);
        return problem;
    }

    private HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return http.send(
                TestTokens.request(uri(path), "admin")
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(TestTokens.request(uri(path), "admin").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
