package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.irtiqa.localstack.AccessTokens;
import org.irtiqa.localstack.ForgedTokens;
import org.irtiqa.system.AccessTable.Endpoint;
import org.irtiqa.system.AccessTable.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint of {@link AccessTable} × every kind of caller, against the running services and
 * the real identity provider: no token, a malformed, expired, forged (another key, another
 * issuer) or wrong-audience token → 401 with a Bearer challenge; each role → past authorisation
 * when the table allows it, else 403. Bodies are empty JSON, so an allowed write stops at 400 and
 * nothing is written, while a refused one shows that authorisation came before the body.
 */
class AccessMatrixTest {

    private static final String OWN = "MTCIT";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Platform platform = Platform.shared();
    private final AccessTokens tokens = AccessTokens.of(Platform.issuer());

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachCallerAsTheRoleTableSays() {
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("no token", null);
        invalid.put("malformed token", "not.a.token");
        invalid.put("expired token", tokens.token("expired-viewer"));
        invalid.put("token of another issuer", new ForgedTokens().admin("http://127.0.0.1:1/another-issuer"));
        invalid.put("token signed by another key", new ForgedTokens().admin(Platform.issuer()));
        invalid.put("token for another audience", tokens.token("other-audience"));
        Map<Role, String> roles = Map.of(
                Role.ADMIN, tokens.token("admin"),
                Role.COORDINATOR, tokens.token("coordinator-" + OWN),
                Role.VIEWER, tokens.token("viewer"),
                Role.OPERATOR, tokens.token("operator"));

        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : AccessTable.endpoints()) {
            boolean open = endpoint.allowed().isEmpty();
            for (var caller : invalid.entrySet()) {
                if (open && caller.getValue() != null) {
                    continue; // an open endpoint given a bad token refuses it too; nothing to learn
                }
                tests.add(DynamicTest.dynamicTest(endpoint + " with " + caller.getKey(), () -> {
                    var response = send(endpoint, caller.getValue());
                    if (open) {
                        assertThat(response.statusCode()).isEqualTo(200);
                    } else {
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
                        assertThat(response.headers().firstValue("WWW-Authenticate"))
                                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
                        assertThat(response.body()).contains("/problems/unauthenticated");
                    }
                }));
            }
            for (var role : roles.entrySet()) {
                boolean allowed = open || endpoint.allowed().contains(role.getKey());
                if (allowed && !endpoint.exercised()) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(endpoint + " as " + role.getKey(), () -> {
                    var response = send(endpoint, role.getValue());
                    if (allowed) {
                        assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403, 500);
                    } else {
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
                        assertThat(response.body()).contains("/problems/forbidden");
                    }
                }));
            }
        }
        return tests.stream();
    }

    private HttpResponse<String> send(Endpoint endpoint, String token) throws Exception {
        String path = endpoint.path()
                .replace("{own}", OWN)
                .replace("{cohort}", "NO-SUCH-COHORT")
                .replace("{id}", UUID.randomUUID().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(platform.process(endpoint.service()).url() + path))
                .timeout(Duration.ofSeconds(30));
        if (endpoint.method().equals("POST") || endpoint.method().equals("PUT")) {
            boolean csv = path.contains("/import");
            request.header("Content-Type", csv ? "text/csv" : "application/json")
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(csv ? "not,a,header\n" : "{}"));
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
