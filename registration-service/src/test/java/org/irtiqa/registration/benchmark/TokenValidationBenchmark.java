package org.irtiqa.registration.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.registration.RegistrationApplication;
import org.irtiqa.testkit.HttpLoad;
import org.irtiqa.testkit.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Not a test but a benchmark, run on demand:
 * {@code mvn -pl registration-service verify -Dtest=TokenValidationBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * What bearer-token validation costs on the write path: the same registration service, database
 * and load ({@code POST /api/participants}, 16 connections), once as shipped (every request's
 * RS256 token checked against the provider's JWK set) and once in a second instance whose only
 * difference is a benchmark-only filter chain that lets every request through unchecked — that
 * instance exists only inside this benchmark and is never what a test runs against. Also the
 * decoder alone (decodes per second on one thread). Results in {@code target/benchmark.txt}.
 */
@Tag("isolated")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TokenValidationBenchmark {

    private static final int CONNECTIONS = 16;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURED = Duration.ofSeconds(30);

    @Test
    void measuresTheWritePathWithAndWithoutTokenValidation() throws Exception {
        StringBuilder report = new StringBuilder();
        String token = Tokens.token(Tokens.ADMIN);
        try (var secured = start(false)) {
            String url = url(secured);
            String institution = institution(url, "Bearer " + token);
            JwtDecoder decoder = secured.getBean(JwtDecoder.class);
            report.append(decodes(decoder, token));
            HttpLoad.Result with =
                    WriteLoad.run(url, institution, () -> "Bearer " + token, CONNECTIONS, WARM_UP, MEASURED);
            report.append(line("with token validation", with));
            try (var open = start(true)) {
                HttpLoad.Result without =
                        WriteLoad.run(url(open), institution, () -> null, CONNECTIONS, WARM_UP, MEASURED);
                report.append(line("without (benchmark-only open chain)", without));
                report.append(String.format(
                        Locale.ROOT, "ratio with/without: %.3f%n", with.perSecond() / without.perSecond()));
            }
        }
        System.out.print(report);
        Files.writeString(Path.of("target", "benchmark.txt"), report);
    }

    private static String decodes(JwtDecoder decoder, String token) {
        for (int i = 0; i < 2_000; i++) {
            decoder.decode(token);
        }
        int n = 20_000;
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            decoder.decode(token);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format(
                Locale.ROOT,
                "JwtDecoder.decode (RS256, one thread): %.0f/s, %.1f µs each%n",
                n / seconds,
                seconds * 1e6 / n);
    }

    private static String line(String what, HttpLoad.Result result) {
        return String.format(
                Locale.ROOT,
                "%-36s %8.0f requests/s  p50 %6.1f ms  p99 %6.1f ms  (%d ok, %d failed)%n",
                what,
                result.perSecond(),
                result.p50Millis(),
                result.p99Millis(),
                result.requests(),
                result.failures());
    }

    private static ConfigurableApplicationContext start(boolean open) {
        var builder = new SpringApplicationBuilder(RegistrationApplication.class);
        if (open) {
            builder.sources(OpenChain.class);
        }
        return builder.initializers(new LocalStackInitializer())
                .properties("irtiqa.test.database=registration_bench", "logging.level.root=WARN")
                .run("--server.port=0"); // an argument: the service's application.yml names 8081
    }

    private static String url(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    private static String institution(String url, String authorization) throws Exception {
        String code = "BENCH-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/api/institutions"))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"code": "%s", "nameEn": "Benchmark ministry", "nameAr": "وزارة القياس",
                         "governorate": "MUSCAT", "sector": "MINISTRY"}""".formatted(code)))
                .build();
        int status = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status != 201) {
            throw new IllegalStateException("could not register the benchmark's institution: " + status);
        }
        return code;
    }

    /** Benchmark only: a chain before the service's own that lets every API request through unchecked. */
    static class OpenChain {
        @Bean
        @Order(-1)
        SecurityFilterChain benchmarkOpenChain(HttpSecurity http) throws Exception {
            return http.securityMatcher("/api/**")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .build();
        }
    }
}
