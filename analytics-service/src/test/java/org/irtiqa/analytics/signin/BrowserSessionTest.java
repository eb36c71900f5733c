package org.irtiqa.analytics.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The dashboard's backend for frontend (security.md, "The dashboard") against the real provider:
 * people sign in through its login form with the authorization-code flow, and analytics then
 * answers their session cookie as it answers a bearer token — same roles, same 401 and 403 —
 * with CSRF for writes, sessions in PostgreSQL, the id changed at sign-in and sign-out at both ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
class BrowserSessionTest {

    private static final String PROGRAMME = "/api/readiness/programme";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient database;

    @Test
    void aSignedInViewerReadsFiguresWithTheSessionCookieAndNobodyElseDoes() throws Exception {
        Browser viewer = new Browser(port);
        viewer.signIn("viewer");

        assertThat(viewer.get(PROGRAMME).statusCode()).isEqualTo(200);
        assertThat(viewer.get("/api/session").body())
                .isEqualTo("{\"subject\":\"viewer\",\"roles\":[\"VIEWER\"],\"institution\":null}");
        assertThat(viewer.cookie("XSRF-TOKEN"))
                .as("the page's script reads the CSRF token")
                .isPresent();
        HttpResponse<String> anonymous = new Browser(port).get(PROGRAMME);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("/problems/unauthenticated");
        assertThat(new Browser(port).get("/api/session").statusCode()).isEqualTo(401);
    }

    @Test
    void aBearerTokenStaysStatelessAndNeedsNoCsrfToken() throws Exception {
        Browser script = new Browser(port);
        HttpResponse<String> figures =
                script.send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + PROGRAMME))
                        .header("Authorization", "Bearer " + Tokens.token("viewer")));
        HttpResponse<String> write = script.send(
                HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/admin/readiness/rebuild"))
                        .header("Authorization", "Bearer " + Tokens.token("viewer"))
                        .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(write.statusCode()).as("refused for its role, not for CSRF").isEqualTo(403);
        assertThat(write.body()).doesNotContain("CSRF");
        assertThat(script.cookie("IRTIQA_SESSION"))
                .as("no session for a bearer token")
                .isEmpty();
    }

    @Test
    void theSessionIdChangesAtSignInAndTheSessionIsKeptInPostgres() throws Exception {
        Browser admin = new Browser(port);
        String before = admin.signIn("admin");
        String after = admin.cookie("IRTIQA_SESSION").orElseThrow();

        assertThat(after).isNotEqualTo(before);
        assertThat(database.sql("SELECT principal_name FROM spring_session WHERE session_id = ?")
                        .param(Browser.sessionId(after))
                        .query(String.class)
                        .list())
                .containsExactly("admin");
        assertThat(database.sql("SELECT count(*) FROM spring_session WHERE session_id = ?")
                        .param(Browser.sessionId(before))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aWriteRidingOnTheCookieNeedsItsCsrfTokenAndOneWithoutASessionIsStill401() throws Exception {
        Browser operator = new Browser(port);
        operator.signIn("operator");

        HttpResponse<String> withoutCsrf = operator.post("/api/admin/readiness/rebuild", "", null);
        assertThat(withoutCsrf.statusCode()).isEqualTo(403);
        assertThat(withoutCsrf.body()).contains("/problems/forbidden", "CSRF");
        assertThat(operator.post("/logout", "", null).statusCode())
                .as("nor can another site sign a person out")
                .isEqualTo(403);
        assertThat(operator.get("/api/session").statusCode()).isEqualTo(200);
        assertThat(new Browser(port)
                        .post("/api/admin/readiness/rebuild", "", null)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void anOperatorsSessionMayNotReadFigures() throws Exception {
        Browser operator = new Browser(port);
        operator.signIn("operator");

        assertThat(operator.get("/api/session").body()).contains("\"roles\":[\"OPERATOR\"]");
        HttpResponse<String> figures = operator.get(PROGRAMME);
        assertThat(figures.statusCode()).isEqualTo(403);
        assertThat(figures.body()).contains("/problems/forbidden");
        assertThat(operator.get("/api/readiness/institutions").statusCode()).isEqualTo(403);
    }

    @Test
    void aCoordinatorsSessionCarriesTheInstitutionOfTheAccessToken() throws Exception {
        Browser coordinator = new Browser(port);
        coordinator.signIn("coordinator-MTCIT");

        assertThat(coordinator.get("/api/session").body())
                .isEqualTo("{\"subject\":\"coordinator-MTCIT\",\"roles\":[\"INSTITUTION_COORDINATOR\"],"
                        + "\"institution\":\"MTCIT\"}");
        assertThat(coordinator.get(PROGRAMME).statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSessionHereAndSendsTheBrowserToTheProvidersEndSession() throws Exception {
        Browser viewer = new Browser(port);
        viewer.signIn("viewer");
        String session = viewer.cookie("IRTIQA_SESSION").orElseThrow();

        HttpResponse<String> signedOut =
                viewer.post("/logout", "", viewer.cookie("XSRF-TOKEN").orElseThrow());

        assertThat(signedOut.statusCode()).isEqualTo(302);
        String issuer = LocalStack.shared().identityProvider().issuerUri();
        assertThat(Browser.location(signedOut))
                .startsWith(Browser.endSessionEndpoint(issuer) + "?")
                .contains("id_token_hint=", "post_logout_redirect_uri=http://127.0.0.1:" + port + "/");
        assertThat(database.sql("SELECT count(*) FROM spring_session WHERE session_id = ?")
                        .param(Browser.sessionId(session))
                        .query(Long.class)
                        .single())
                .isZero();
        Browser sameCookie = new Browser(port);
        sameCookie.setCookie("IRTIQA_SESSION", session);
        assertThat(sameCookie.get(PROGRAMME).statusCode()).isEqualTo(401);
        assertThat(viewer.get(PROGRAMME).statusCode()).isEqualTo(401);
    }

    @Test
    void thePagesScriptSigningOutGetsWhereToGoAsJson() throws Exception {
        Browser admin = new Browser(port);
        admin.signIn("admin");

        HttpResponse<String> signedOut =
                admin.send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/logout"))
                        .header("Accept", "application/json")
                        .header("X-XSRF-TOKEN", admin.cookie("XSRF-TOKEN").orElseThrow())
                        .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(signedOut.statusCode()).isEqualTo(200);
        String issuer = LocalStack.shared().identityProvider().issuerUri();
        assertThat(signedOut.body())
                .startsWith("{\"redirect\":\"" + Browser.endSessionEndpoint(issuer) + "?id_token_hint=");
        assertThat(admin.get(PROGRAMME).statusCode()).isEqualTo(401);
    }
}
