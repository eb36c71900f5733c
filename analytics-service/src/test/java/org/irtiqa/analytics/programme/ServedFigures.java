package org.irtiqa.analytics.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.irtiqa.demo.reference.Institution;
import org.irtiqa.demo.reference.ReferenceFigures;
import org.irtiqa.demo.reference.ReferenceFigures.Figures;
import org.irtiqa.demo.reference.ReferenceState;
import org.irtiqa.testkit.Tokens;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asserts that a running analytics service serves, for the programme, every known institution (in
 * api.md's order) and every governorate with institutions, the figures {@link ReferenceFigures}
 * computes from the same events.
 */
final class ServedFigures {

    private static final JsonMapper json = JsonMapper.builder().build();

    private ServedFigures() {}

    @SuppressWarnings("unchecked")
    static void assertMatch(String baseUrl, ReferenceState reference, String label) {
        SoftAssertions soft = new SoftAssertions();
        FiguresAssert.check(
                soft,
                "programme (" + label + ")",
                ReferenceFigures.of(
                        reference, e -> true, reference.institutions().keySet()),
                get(baseUrl, "/api/readiness/programme"));

        List<Map<String, Object>> institutions = (List<Map<String, Object>>)
                get(baseUrl, "/api/readiness/institutions").get("items");
        Map<String, Figures> expected = new TreeMap<>();
        reference
                .institutions()
                .keySet()
                .forEach(code -> expected.put(
                        code, ReferenceFigures.of(reference, e -> code.equals(e.institution()), Set.of(code))));
        List<String> order = new ArrayList<>(expected.keySet());
        order.sort(Comparator.comparing((String code) -> expected.get(code).enrolled() == 0) // null index: last
                .thenComparingDouble(code -> -expected.get(code).readinessIndex())
                .thenComparing(Comparator.naturalOrder()));
        soft.assertThat(institutions)
                .extracting(i -> (String) i.get("institutionCode"))
                .as("institutions in order")
                .containsExactlyElementsOf(order);
        institutions.forEach(i -> {
            String code = (String) i.get("institutionCode");
            if (expected.containsKey(code)) {
                FiguresAssert.check(soft, code, expected.get(code), i);
                Institution known = reference.institutions().get(code);
                soft.assertThat(i.get("nameEn")).as(code + " nameEn").isEqualTo(known.nameEn());
                soft.assertThat(i.get("governorate")).as(code + " governorate").isEqualTo(known.governorate());
            }
        });

        TreeSet<String> governorates = new TreeSet<>();
        reference.institutions().values().forEach(i -> governorates.add(i.governorate()));
        governorates.remove("UNKNOWN");
        List<Map<String, Object>> served = (List<Map<String, Object>>)
                get(baseUrl, "/api/readiness/governorates").get("items");
        soft.assertThat(served)
                .extracting(g -> (String) g.get("governorate"))
                .as("governorates")
                .containsExactlyInAnyOrderElementsOf(governorates);
        for (String governorate : governorates) {
            Set<String> codes = new TreeSet<>();
            reference.institutions().forEach((code, i) -> {
                if (i.governorate().equals(governorate)) {
                    codes.add(code);
                }
            });
            Map<String, Object> actual = get(baseUrl, "/api/readiness/governorates/" + governorate);
            soft.assertThat(((Number) actual.get("institutions")).longValue())
                    .as(governorate + " institutions")
                    .isEqualTo(codes.size());
            FiguresAssert.check(
                    soft,
                    governorate,
                    ReferenceFigures.of(reference, e -> codes.contains(e.institution()), codes),
                    actual);
        }
        soft.assertAll();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> get(String baseUrl, String path) {
        String body = RestTestClient.bindToServer()
                .baseUrl(baseUrl)
                .defaultHeader("Authorization", Tokens.bearer(Tokens.ADMIN))
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
