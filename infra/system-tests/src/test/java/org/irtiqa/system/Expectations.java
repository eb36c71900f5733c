package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.irtiqa.demo.Figures;
import org.irtiqa.demo.Readiness;
import tools.jackson.databind.JsonNode;

/**
 * Compares every figure analytics serves (each institution, each governorate, the programme)
 * with the independent computation over everything the tests wrote: counts and readinessIndex
 * exactly, rates and means within 1e-9 (readiness-metrics.md), nulls where it says undefined.
 */
final class Expectations {

    private static final double TOLERANCE = 1e-9;

    private Expectations() {}

    /**
     * Waits (generously: two cores, other builds) until analytics serves exactly the expected
     * figures, then until every lastEventAt equals the one the events on the topics give.
     */
    static void awaitAnalyticsMatchesLedger(Api analytics) {
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .untilAsserted(() -> assertAnalyticsMatches(analytics, Ledger.expected()));
        // an event that moves no figure (a session scheduled) may still be on its way
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .untilAsserted(() -> assertLastEventAtMatchesTheEvents(analytics));
    }

    /** lastEventAt of each institution, governorate (its institutions' greatest) and the programme. */
    static void assertLastEventAtMatchesTheEvents(Api analytics) {
        Map<String, Instant> expected = LastEvents.perInstitution();
        Map<String, Instant> perGovernorate = new HashMap<>();
        Instant programme = null;
        for (JsonNode item : analytics.get("/api/readiness/institutions").body().get("items")) {
            String code = item.get("institutionCode").asString();
            Instant want = expected.get(code);
            assertThat(instant(item)).as("lastEventAt of " + code).isEqualTo(want);
            perGovernorate.merge(item.get("governorate").asString(), want, LastEvents::later);
            programme = LastEvents.later(programme, want);
        }
        for (JsonNode item : analytics.get("/api/readiness/governorates").body().get("items")) {
            String name = item.get("governorate").asString();
            assertThat(instant(item)).as("lastEventAt of " + name).isEqualTo(perGovernorate.get(name));
        }
        assertThat(instant(analytics.get("/api/readiness/programme").body()))
                .as("lastEventAt of the programme")
                .isEqualTo(programme);
    }

    private static Instant instant(JsonNode figures) {
        JsonNode at = figures.get("lastEventAt");
        return at == null || at.isNull() ? null : Instant.parse(at.asString());
    }

    /** No record was dead-lettered by the consuming services (a fault must delay events, never drop them). */
    static void assertNothingDeadLettered(Platform platform) {
        for (String service : new String[] {"scheduling-service", "analytics-service"}) {
            Api.Response letters = platform.api(service, "operator").get("/api/admin/dead-letters");
            assertThat(letters.status()).as(service + " dead letters").isEqualTo(200);
            assertThat(letters.body().get("items"))
                    .as(service + " dead letters")
                    .isEmpty();
        }
    }

    static void assertAnalyticsMatches(Api analytics, Figures expected) {
        Api.Response institutions = analytics.get("/api/readiness/institutions");
        assertThat(institutions.status()).isEqualTo(200);
        Map<String, JsonNode> byCode = new TreeMap<>();
        institutions
                .body()
                .get("items")
                .forEach(item -> byCode.put(item.get("institutionCode").asString(), item));
        assertThat(byCode.keySet())
                .as("institutions known to analytics")
                .isEqualTo(expected.institutions().keySet());
        expected.institutions().forEach((code, want) -> {
            JsonNode got = byCode.get(code);
            compare("institution " + code, got, want);
        });
        // the single-institution endpoint serves the same figures
        String someCode = expected.institutions().keySet().iterator().next();
        compare(
                "institution " + someCode + " (by code)",
                analytics.get("/api/readiness/institutions/" + someCode).body(),
                expected.institutions().get(someCode));

        Api.Response governorates = analytics.get("/api/readiness/governorates");
        assertThat(governorates.status()).isEqualTo(200);
        Map<String, JsonNode> byName = new HashMap<>();
        governorates
                .body()
                .get("items")
                .forEach(item -> byName.put(item.get("governorate").asString(), item));
        assertThat(byName.keySet())
                .as("governorates")
                .isEqualTo(expected.governorates().keySet());
        expected.governorates().forEach((name, want) -> {
            compare("governorate " + name, byName.get(name), want);
            assertThat(byName.get(name).get("institutions").asLong())
                    .as("institutions of " + name)
                    .isEqualTo(expected.institutionsPerGovernorate().get(name));
        });
        String someGovernorate = expected.governorates().keySet().iterator().next();
        compare(
                "governorate " + someGovernorate + " (by name)",
                analytics.get("/api/readiness/governorates/" + someGovernorate).body(),
                expected.governorates().get(someGovernorate));

        compare("programme", analytics.get("/api/readiness/programme").body(), expected.programme());
    }

    static void compare(String what, JsonNode got, Readiness want) {
        assertThat(got).as(what).isNotNull();
        assertThat(got.get("enrolled").asLong()).as(what + " enrolled").isEqualTo(want.enrolled());
        assertThat(got.get("completed").asLong()).as(what + " completed").isEqualTo(want.completed());
        assertThat(got.get("withdrawn").asLong()).as(what + " withdrawn").isEqualTo(want.withdrawn());
        assertThat(got.get("expectedAttendance").asLong())
                .as(what + " expectedAttendance")
                .isEqualTo(want.expectedAttendance());
        assertThat(got.get("attended").asLong()).as(what + " attended").isEqualTo(want.attended());
        rate(what + " attendanceRate", got.get("attendanceRate"), want.attendanceRate());
        rate(what + " proficiency", got.get("proficiency"), want.proficiency());
        rate(what + " growth", got.get("growth"), want.growth());
        rate(what + " completionRate", got.get("completionRate"), want.completionRate());
        rate(what + " levelCoverage", got.get("levelCoverage"), want.levelCoverage());
        JsonNode index = got.get("readinessIndex");
        // null when nothing is enrolled (readiness-metrics.md)
        assertThat(index.isNull() ? null : index.asDouble())
                .as(what + " readinessIndex")
                .isEqualTo(want.enrolled() == 0 ? null : want.readinessIndex());
        Map<String, Double> themes = new TreeMap<>();
        JsonNode scores = got.get("themeScores");
        assertThat(scores).as(what + " themeScores").isNotNull();
        scores.properties().forEach(e -> themes.put(e.getKey(), e.getValue().asDouble()));
        assertThat(themes.keySet())
                .as(what + " themes")
                .isEqualTo(want.themeScores().keySet());
        want.themeScores().forEach((theme, score) -> assertThat(themes.get(theme))
                .as(what + " themeScores." + theme)
                .isCloseTo(score, within(TOLERANCE)));
    }

    private static void rate(String what, JsonNode got, Double want) {
        if (want == null) {
            assertThat(got == null || got.isNull()).as(what + " is null").isTrue();
        } else {
            assertThat(got).as(what).isNotNull();
            assertThat(got.isNull()).as(what + " is not null").isFalse();
            assertThat(got.asDouble()).as(what).isCloseTo(want, within(TOLERANCE));
        }
    }
}
