package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * analytics-service serves the bilingual dashboard over the readiness API at its root, open
 * without signing in; its script and styles are files of their own (the Content-Security-Policy
 * allows no inline script or handler), and the page offers the sign-in.
 */
class DashboardTest {

    private final String url = Platform.shared().process("analytics-service").url();

    @Test
    void theDashboardIsServedInEnglishAndArabicOverTheReadinessApi() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> script = get("/dashboard/dashboard.js");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(page.body())
                .contains("<script src=\"/dashboard/dashboard.js\" defer></script>", "/oauth2/authorization/irtiqa")
                .doesNotContainPattern("<script>|<script [^>]*>[^<]")
                .doesNotContainPattern("\\son[a-z]+=");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body())
                .contains(
                        "مؤشر الجاهزية",
                        "Readiness index",
                        "/api/readiness/institutions",
                        "/api/readiness/governorates",
                        "/api/readiness/programme",
                        "/api/session");
        assertThat(get("/dashboard/dashboard.css").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
