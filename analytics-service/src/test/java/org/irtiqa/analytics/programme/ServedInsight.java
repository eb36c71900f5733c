package org.irtiqa.analytics.programme;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.irtiqa.demo.reference.ReferenceHistory;
import org.irtiqa.demo.reference.ReferenceProgress;
import org.irtiqa.demo.reference.ReferenceState;
import org.irtiqa.demo.reference.ReferenceView;
import org.irtiqa.demo.reference.ReferenceView.Caller;
import org.irtiqa.demo.reference.ReferenceView.Served;
import org.irtiqa.testkit.Tokens;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asserts that a running analytics service serves the insight figures the reference computes from
 * the same events: as PROGRAMME_ADMIN every group (programme, institutions, governorates, cohorts,
 * institutions within each cohort) with band, atRisk and level cells, every institution's
 * participant progress with its flags, and every day of the programme's, each institution's,
 * governorate's and cohort's history; as a VIEWER the lists and histories with the small-group
 * rules applied; as the coordinator of the smallest institution the lists (their own institution
 * unsuppressed), its participants and its history.
 * The reference is computed once ({@link #expect}), outside the polling loop.
 */
final class ServedInsight {

    private static final JsonMapper json = JsonMapper.builder().build();

    /** What the service should serve, computed at {@code now} (history ends on its Muscat day). */
    record Expected(
            Served admin,
            Served viewer,
            Map<String, List<Map<String, Object>>> participants,
            Map<String, List<Map<String, Object>>> histories,
            Map<String, List<Map<String, Object>>> viewerHistories,
            String coordinated,
            Served coordinator) {}

    private ServedInsight() {}

    static Expected expect(ReferenceState reference, Instant now) {
        Map<String, List<Map<String, Object>>> participants = new LinkedHashMap<>();
        reference
                .institutions()
                .keySet()
                .forEach(code -> participants.put(code, ReferenceProgress.of(reference, code)));
        ReferenceHistory history = new ReferenceHistory(reference, now);
        Map<String, List<Map<String, Object>>> histories = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> viewerHistories = new LinkedHashMap<>();
        ReferenceView.definitions(reference).forEach((key, d) -> {
            String path = historyPath(key);
            if (path != null) {
                histories.put(path, history.of(d.member(), false));
                viewerHistories.put(path, history.of(d.member(), true));
            }
        });
        String coordinated = smallest(reference);
        return new Expected(
                ReferenceView.of(reference, Caller.ADMIN),
                ReferenceView.of(reference, Caller.VIEWER),
                participants,
                histories,
                viewerHistories,
                coordinated,
                coordinated == null ? null : ReferenceView.of(reference, Caller.coordinator(coordinated)));
    }

    /** The known institution with the fewest active enrolments but some (ties: the first code), or null. */
    private static String smallest(ReferenceState reference) {
        Map<String, Long> enrolled = new java.util.TreeMap<>();
        reference.enrolments().values().forEach(e -> {
            if (reference.institutions().containsKey(e.institution())
                    && !e.status().equals("WITHDRAWN")) {
                enrolled.merge(e.institution(), 1L, Long::sum);
            }
        });
        return enrolled.entrySet().stream()
                .min(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    static void assertMatch(String baseUrl, Expected expected, String label) {
        SoftAssertions soft = new SoftAssertions();
        lists(soft, baseUrl, Tokens.ADMIN, expected.admin(), "admin, " + label);
        expected.admin()
                .cohorts()
                .forEach(cohort -> safely(
                        soft,
                        () -> InsightAssert.check(
                                soft,
                                "admin, " + label + ", cohort",
                                cohort,
                                get(baseUrl, Tokens.ADMIN, "/api/readiness/cohorts/" + cohort.get("cohortCode")))));
        expected.participants()
                .forEach((code, rows) -> safely(
                        soft,
                        () -> InsightAssert.checkList(
                                soft,
                                "admin, " + label + ", participants of " + code,
                                "enrolmentId",
                                rows,
                                items(
                                        baseUrl,
                                        Tokens.ADMIN,
                                        "/api/readiness/institutions/" + code + "/participants"))));
        expected.histories()
                .forEach((path, days) -> safely(
                        soft,
                        () -> InsightAssert.checkList(
                                soft,
                                "admin, " + label + ", " + path,
                                "date",
                                days,
                                items(baseUrl, Tokens.ADMIN, path))));
        lists(soft, baseUrl, Tokens.VIEWER, expected.viewer(), "viewer, " + label);
        expected.viewerHistories()
                .forEach((path, days) -> safely(
                        soft,
                        () -> InsightAssert.checkList(
                                soft,
                                "viewer, " + label + ", " + path,
                                "date",
                                days,
                                items(baseUrl, Tokens.VIEWER, path))));
        String own = expected.coordinated();
        if (own != null) {
            String coordinator = Tokens.coordinator(own);
            lists(soft, baseUrl, coordinator, expected.coordinator(), "coordinator of " + own + ", " + label);
            safely(
                    soft,
                    () -> InsightAssert.checkList(
                            soft,
                            "coordinator, " + label + ", own participants",
                            "enrolmentId",
                            expected.participants().get(own),
                            items(baseUrl, coordinator, "/api/readiness/institutions/" + own + "/participants")));
            String path = "/api/readiness/institutions/" + own + "/history";
            safely(
                    soft,
                    () -> InsightAssert.checkList(
                            soft,
                            "coordinator, " + label + ", own history",
                            "date",
                            expected.histories().get(path),
                            items(baseUrl, coordinator, path)));
        }
        soft.assertAll();
    }

    /** A request that fails (a 404, a 500) is one soft failure among the others, not the end of the check. */
    private static void safely(SoftAssertions soft, Runnable check) {
        try {
            check.run();
        } catch (AssertionError | RuntimeException e) {
            soft.fail(e.getMessage());
        }
    }

    private static void lists(SoftAssertions soft, String baseUrl, String account, Served served, String label) {
        safely(
                soft,
                () -> InsightAssert.check(
                        soft,
                        label + ", programme",
                        served.programme(),
                        get(baseUrl, account, "/api/readiness/programme")));
        safely(
                soft,
                () -> InsightAssert.checkList(
                        soft,
                        label + ", institutions",
                        "institutionCode",
                        served.institutions(),
                        items(baseUrl, account, "/api/readiness/institutions")));
        safely(
                soft,
                () -> InsightAssert.checkList(
                        soft,
                        label + ", governorates",
                        "governorate",
                        served.governorates(),
                        items(baseUrl, account, "/api/readiness/governorates")));
        safely(
                soft,
                () -> InsightAssert.checkList(
                        soft,
                        label + ", cohorts",
                        "cohortCode",
                        served.cohorts(),
                        items(baseUrl, account, "/api/readiness/cohorts")));
        served.institutionsByCohort()
                .forEach((cohort, institutions) -> safely(
                        soft,
                        () -> InsightAssert.checkList(
                                soft,
                                label + ", institutions in " + cohort,
                                "institutionCode",
                                institutions,
                                items(baseUrl, account, "/api/readiness/institutions?cohortCode=" + cohort))));
    }

    /** The history path of a group key of {@link ReferenceView#definitions}; null for an institution within a cohort. */
    private static String historyPath(String key) {
        if (key.equals("programme")) {
            return "/api/readiness/programme/history";
        }
        if (key.contains("/")) {
            return null;
        }
        String[] kind = key.split(":", 2);
        return switch (kind[0]) {
            case "institution" -> "/api/readiness/institutions/" + kind[1] + "/history";
            case "governorate" -> "/api/readiness/governorates/" + kind[1] + "/history";
            case "cohort" -> "/api/readiness/cohorts/" + kind[1] + "/history";
            default -> throw new IllegalArgumentException(key);
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(String baseUrl, String account, String path) {
        return (List<Map<String, Object>>) get(baseUrl, account, path).get("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> get(String baseUrl, String account, String path) {
        String body = RestTestClient.bindToServer()
                .baseUrl(baseUrl)
                .defaultHeader("Authorization", Tokens.bearer(account))
                .build()
                .get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return json.readValue(body, Map.class);
    }
}
