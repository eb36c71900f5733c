package org.irtiqa.analytics.programme;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.data.Offset;
import org.irtiqa.demo.reference.ReferenceFigures.Figures;

/**
 * Compares figures served as JSON with the reference: counts and readinessIndex exactly, rates and
 * means within 1e-9 (SQL and Java sum in different orders), null where the reference is undefined
 * (readinessIndex too, when nothing is enrolled).
 */
final class FiguresAssert {

    private static final Offset<Double> TOLERANCE = Offset.offset(1e-9);

    private FiguresAssert() {}

    @SuppressWarnings("unchecked")
    static void check(SoftAssertions soft, String group, Figures expected, Map<String, Object> actual) {
        exact(soft, group, "enrolled", expected.enrolled(), actual);
        exact(soft, group, "completed", expected.completed(), actual);
        exact(soft, group, "withdrawn", expected.withdrawn(), actual);
        exact(soft, group, "expectedAttendance", expected.expectedAttendance(), actual);
        exact(soft, group, "attended", expected.attended(), actual);
        close(soft, group, "attendanceRate", expected.attendanceRate(), actual.get("attendanceRate"));
        close(soft, group, "proficiency", expected.proficiency(), actual.get("proficiency"));
        close(soft, group, "growth", expected.growth(), actual.get("growth"));
        close(soft, group, "completionRate", expected.completionRate(), actual.get("completionRate"));
        close(soft, group, "levelCoverage", expected.levelCoverage(), actual.get("levelCoverage"));
        Object index = actual.get("readinessIndex");
        if (expected.enrolled() == 0) { // nothing to measure yet is not a score of 0
            soft.assertThat(index)
                    .as(group + " readinessIndex with nothing enrolled")
                    .isNull();
        } else if (index == null) {
            soft.fail(group + " readinessIndex is null, expected " + expected.readinessIndex());
        } else {
            soft.assertThat(((Number) index).doubleValue())
                    .as(group + " readinessIndex")
                    .isEqualTo(expected.readinessIndex());
        }
        Map<String, Object> themes = new TreeMap<>((Map<String, Object>) actual.get("themeScores"));
        soft.assertThat(themes.keySet())
                .as(group + " themes")
                .isEqualTo(expected.themeScores().keySet());
        expected.themeScores()
                .forEach((theme, score) -> close(soft, group, "themeScores." + theme, score, themes.get(theme)));
        Object last = actual.get("lastEventAt");
        soft.assertThat(last == null ? null : Instant.parse((String) last))
                .as(group + " lastEventAt")
                .isEqualTo(expected.lastEventAt());
    }

    private static void exact(
            SoftAssertions soft, String group, String figure, long expected, Map<String, Object> actual) {
        soft.assertThat(((Number) actual.get(figure)).longValue())
                .as(group + " " + figure)
                .isEqualTo(expected);
    }

    private static void close(SoftAssertions soft, String group, String figure, Double expected, Object actual) {
        if (expected == null) {
            soft.assertThat(actual).as(group + " " + figure).isNull();
        } else if (actual == null) {
            soft.fail(group + " " + figure + " is null, expected " + expected);
        } else {
            soft.assertThat(((Number) actual).doubleValue())
                    .as(group + " " + figure)
                    .isCloseTo(expected, TOLERANCE);
        }
    }
}
