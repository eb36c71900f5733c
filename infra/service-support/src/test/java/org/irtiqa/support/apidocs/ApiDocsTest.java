package org.irtiqa.support.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.support.testapp.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document as a client generator reads it: title, summaries, success types, problems. */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "irtiqa.test.database=apidocs_test",
            "test.topic=test.apidocs.v1",
            "spring.application.name=test-service"
        })
@ContextConfiguration(initializers = LocalStackInitializer.class)
class ApiDocsTest {

    @LocalServerPort
    int port;

    JsonNode document;

    @BeforeEach
    void readTheDocument() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("the document is open, like the probes")
                .isEqualTo(200);
        document = JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void hasTheServicesTitleAVersionAndBearerSignIn() {
        assertThat(document.at("/info/title").asString()).isEqualTo("Irtiqa test-service API");
        assertThat(document.at("/info/version").asString()).isNotBlank();
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.at("/security/0").has("bearer")).isTrue();
    }

    @Test
    void everyOperationHasASummaryAndJsonRatherThanAnyType() {
        assertThat(document.at("/paths/~1api~1samples/post/summary").asString()).isEqualTo("Create (Test)");
        assertThat(document.at("/paths/~1api~1samples~1{id}/get/summary").asString())
                .isEqualTo("Get (Test)");
        assertThat(document.at("/paths/~1api~1samples/post/responses/201/content")
                        .has("application/json"))
                .isTrue();
        assertThat(document.toString()).doesNotContain("\"*/*\"");
    }

    @Test
    void errorsAreProblemDetailsWithTheStatusesThatCanHappen() {
        JsonNode create = document.at("/paths/~1api~1samples/post/responses");
        assertThat(create.propertyNames()).contains("201", "400", "401", "403", "413", "415");
        assertThat(create.has("404")).as("nothing named in the path").isFalse();
        assertThat(create.at("/400/content/application~1problem+json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Problem");
        JsonNode byId = document.at("/paths/~1api~1samples~1{id}/get/responses");
        assertThat(byId.propertyNames()).contains("200", "401", "403", "404").doesNotContain("413", "500");
        JsonNode conflict = document.at("/paths/~1api~1conflict/post/responses/409");
        assertThat(conflict.at("/description").asString()).isEqualTo("the cohort is full");
        assertThat(conflict.at("/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.at("/paths/~1api~1conflict/post/responses").has("422"))
                .isFalse();
        assertThat(document.at("/components/schemas/Problem/properties").propertyNames())
                .contains("type", "title", "status", "detail", "errors");
    }
}
