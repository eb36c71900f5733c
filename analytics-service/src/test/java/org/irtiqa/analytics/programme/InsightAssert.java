package org.irtiqa.analytics.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.irtiqa.demo.reference.ReferenceHistory;
import org.irtiqa.demo.reference.ReferenceProgress;
import org.irtiqa.demo.reference.ReferenceView;

/**
 * Compares a served JSON object with the reference's map of it ({@link ReferenceView},
 * {@link ReferenceProgress}, {@link ReferenceHistory}). Every key of the expected map must be
 * present in the served one (null where the reference has null: never absent); objects keyed by
 * theme or level (themeScores, levels, themes) must have exactly the expected keys. Counts (longs),
 * readinessIndex, texts, booleans and lists (flags, in order) exactly; other doubles (rates and
 * means) within 1e-9, as {@link FiguresAssert}; instants and dates parsed from their ISO text.
 */
final class InsightAssert {

    private static final double TOLERANCE = 1e-9;

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
    static void checkList(
            SoftAssertions soft,
            String label,
            String key,
            List<Map<String, Object>> expected,
            List<Map<String, Object>> actual) {
        List<String> order =
                expected.stream().map(e -> String.valueOf(e.get(key))).toList();
        List<String> served =
                actual.stream().map(a -> String.valueOf(a.get(key))).toList();
        if (!served.equals(order)) {
            soft.fail(label + " in order: served " + served + ", expected " + order);
        }
        Map<String, Map<String, Object>> byKey = new java.util.HashMap<>();
        actual.forEach(a -> byKey.put(String.valueOf(a.get(key)), a));
        for (Map<String, Object> element : expected) {
            String id = String.valueOf(element.get(key));
            if (byKey.containsKey(id)) {
                check(soft, label + " " + id, element, byKey.get(id));
            }
        }
    }

    /** Plain comparisons, failing softly only on a difference: a history holds thousands of values. */
    @SuppressWarnings("unchecked")
    private static void value(SoftAssertions soft, String label, String key, Object expected, Object actual) {
        if (expected == null || actual == null) {
            if (expected != actual) {
                soft.fail(label + " is " + actual + ", expected " + expected);
            }
        } else if (expected instanceof Long || expected instanceof Double) {
            double wanted = ((Number) expected).doubleValue();
            boolean exact = expected instanceof Long || key.equals("readinessIndex");
            if (!(actual instanceof Number n)
                    || (exact ? n.doubleValue() != wanted : Math.abs(n.doubleValue() - wanted) > TOLERANCE)) {
                soft.fail(label + " is " + actual + ", expected " + expected + (exact ? "" : " (within 1e-9)"));
            }
        } else if (expected instanceof Instant at) {
            if (!at.equals(parseInstant(actual))) {
                soft.fail(label + " is " + actual + ", expected " + at);
            }
        } else if (expected instanceof LocalDate day) {
            if (!day.toString().equals(String.valueOf(actual))) {
                soft.fail(label + " is " + actual + ", expected " + day);
            }
        } else if (expected instanceof Map<?, ?> map) {
            if (!(actual instanceof Map<?, ?> served)) {
                soft.fail(label + " is " + actual + ", expected an object " + map);
                return;
            }
            Set<String> keys = new TreeSet<>((Set<String>) map.keySet());
            if (keys.stream().allMatch(k -> k.matches("[A-Z_]+"))) { // keyed by theme or level: exactly these
                Set<String> servedKeys = new TreeSet<>((Set<String>) served.keySet());
                if (!servedKeys.equals(keys)) {
                    soft.fail(label + " keys are " + servedKeys + ", expected " + keys);
                }
                for (String k : keys) {
                    if (served.containsKey(k)) {
                        value(soft, label + "." + k, k, map.get(k), served.get(k));
                    }
                }
            } else { // an object's fields: these at least
                check(soft, label, (Map<String, Object>) map, (Map<String, Object>) served);
            }
        } else if (!expected.equals(actual)) { // texts, booleans, flag lists (in order)
            soft.fail(label + " is " + actual + ", expected " + expected);
        }
    }

    private static Instant parseInstant(Object text) {
        try {
            return Instant.parse(String.valueOf(text));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
