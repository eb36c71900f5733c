package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * analytics-service serves the bilingual dashboard (Arabic first) over the readiness API at its root, open
 * without signing in; its script and styles are files of their own (the Content-Security-Policy
 * allows no inline script or handler), and the page offers the sign-in.
 */
class DashboardTest {

    private static final Pattern IMPORT = Pattern.compile("from \"(\\./[^\"]+|\\.\\./[^\"]+)\"");

    private final String url = Platform.shared().process("analytics-service").url();

    @Test
    void theDashboardIsServedArabicFirstWithItsScriptsChartsAndStylesAsFilesOfItsOwn() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(page.body())
                .contains("<html lang=\"ar\" dir=\"rtl\">", "/oauth2/authorization/irtiqa")
                .contains("<script type=\"module\" src=\"/dashboard/app.js\"></script>")
                .contains("<script src=\"/dashboard/vendor/echarts/echarts.min.js\" defer></script>")
                .doesNotContainPattern("<script>|<script [^>]*>[^<]")
                .doesNotContainPattern("\\son[a-z]+=");

        // every module the page imports, and every module they import, is served as JavaScript
        Set<String> seen = new TreeSet<>();
        Deque<String> modules = new ArrayDeque<>(List.of("/dashboard/app.js"));
        StringBuilder source = new StringBuilder();
        while (!modules.isEmpty()) {
            String module = modules.pop();
            if (!seen.add(module)) {
                continue;
            }
            HttpResponse<String> script = get(module);
            assertThat(script.statusCode()).as(module).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type"))
                    .as(module)
                    .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
            source.append(script.body());
            Matcher imports = IMPORT.matcher(script.body());
            while (imports.find()) {
                modules.push(URI.create("http://x" + module)
                        .resolve(imports.group(1))
                        .getPath());
            }
        }
        assertThat(seen).contains("/dashboard/pages/institution.js", "/dashboard/i18n.js", "/dashboard/charts.js");
        assertThat(source.toString())
                .contains(
                        "مؤشر الجاهزية",
                        "Readiness index",
                        "/api/readiness/stream",
                        "/api/readiness/method",
                        "/api/session")
                .doesNotContain(".innerHTML", "eval(");

        HttpResponse<String> echarts = get("/dashboard/vendor/echarts/echarts.min.js");
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.body()).contains("Apache Software Foundation").hasSizeGreaterThan(500_000);
        assertThat(get("/dashboard/vendor/echarts/LICENSE").statusCode()).isEqualTo(200);
        assertThat(get("/dashboard/dashboard.css").statusCode()).isEqualTo(200);
        assertThat(get("/dashboard/print.css").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
