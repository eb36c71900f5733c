package org.irtiqa.analytics.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.data.Offset;

/**
 * Compares a served JSON object with the reference's map of it ({@link ReferenceView},
 * {@link ReferenceProgress}, {@link ReferenceHistory}). Every key of the expected map must be
 * present in the served one (null where the reference has null: never absent); objects keyed by
 * theme or level (themeScores, levels, themes) must have exactly the expected keys. Counts (longs),
 * readinessIndex, texts, booleans and lists (flags, in order) exactly; other doubles (rates and
 * means) within 1e-9, as {@link FiguresAssert}; instants and dates parsed from their ISO text.
 */
final class InsightAssert {

    private static final Offset<Double> TOLERANCE = Offset.offset(1e-9);

    private InsightAssert() {}

    static void check(SoftAssertions soft, String label, Map<String, Object> expected, Map<String, Object> actual) {
        expected.forEach((key, value) -> {
            if (!actual.containsKey(key)) {
                soft.fail(label + " " + key + " is absent, expected " + value);
            } else {
                value(soft, label + " " + key, key, value, actual.get(key));
            }
        });
    }

    /** A served list against the reference's, in order by {@code key}, then each element by its key. */
    @SuppressWarnings("unchecked")
    static void checkList(
            SoftAssertions soft,
            String label,
            String key,
            List<Map<String, Object>> expected,
            List<Map<String, Object>> actual) {
        List<String> order =
                expected.stream().map(e -> String.valueOf(e.get(key))).toList();
        soft.assertThat(actual)
                .extracting(a -> String.valueOf(a.get(key)))
                .as(label + " in order")
                .containsExactlyElementsOf(order);
        for (Map<String, Object> element : expected) {
            String id = String.valueOf(element.get(key));
            actual.stream()
                    .filter(a -> id.equals(String.valueOf(a.get(key))))
                    .findFirst()
                    .ifPresent(a -> check(soft, label + " " + id, element, a));
        }
    }

    @SuppressWarnings("unchecked")
    private static void value(SoftAssertions soft, String label, String key, Object expected, Object actual) {
        if (expected == null || actual == null) {
            soft.assertThat(actual).as(label).isEqualTo(expected);
        } else if (expected instanceof Long count) {
            soft.assertThat(actual).as(label + " is a number").isInstanceOf(Number.class);
            if (actual instanceof Number n) {
                soft.assertThat(n.doubleValue()).as(label).isEqualTo(count.doubleValue());
            }
        } else if (expected instanceof Double d) {
            soft.assertThat(actual).as(label + " is a number").isInstanceOf(Number.class);
            if (actual instanceof Number n && key.equals("readinessIndex")) {
                soft.assertThat(n.doubleValue()).as(label).isEqualTo(d);
            } else if (actual instanceof Number n) {
                soft.assertThat(n.doubleValue()).as(label).isCloseTo(d, TOLERANCE);
            }
        } else if (expected instanceof Instant at) {
            soft.assertThat(Instant.parse(String.valueOf(actual))).as(label).isEqualTo(at);
        } else if (expected instanceof LocalDate day) {
            soft.assertThat(String.valueOf(actual)).as(label).isEqualTo(day.toString());
        } else if (expected instanceof Map<?, ?> map) {
            if (!(actual instanceof Map<?, ?> served)) {
                soft.fail(label + " is " + actual + ", expected an object " + map);
                return;
            }
            Set<String> keys = new TreeSet<>((Set<String>) map.keySet());
            if (keys.stream().allMatch(k -> k.matches("[A-Z_]+"))) { // keyed by theme or level: exactly these
                soft.assertThat(new TreeSet<>((Set<String>) served.keySet()))
                        .as(label + " keys")
                        .isEqualTo(keys);
                for (String k : keys) {
                    if (served.containsKey(k)) {
                        value(soft, label + "." + k, k, map.get(k), served.get(k));
                    }
                }
            } else { // an object's fields: these at least
                check(soft, label, (Map<String, Object>) map, (Map<String, Object>) served);
            }
        } else {
            soft.assertThat(actual).as(label).isEqualTo(expected); // texts, booleans, flag lists
        }
    }
}
