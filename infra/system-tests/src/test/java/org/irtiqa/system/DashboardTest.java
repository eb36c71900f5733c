package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** analytics-service serves the bilingual dashboard over the readiness API at its root. */
class DashboardTest {

    @Test
    void theDashboardIsServedInEnglishAndArabicOverTheReadinessApi() throws Exception {
        String url = Platform.shared().process("analytics-service").url() + "/";
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains(
                        "مؤشر الجاهزية",
                        "Readiness index",
                        "/api/readiness/institutions",
                        "/api/readiness/governorates",
                        "/api/readiness/programme");
    }
}
