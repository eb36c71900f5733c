package org.irtiqa.analytics.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.irtiqa.demo.reference.ReferenceState;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The comparison of served JSON with the reference, on the reference's own maps written as JSON; no servers. */
class InsightAssertTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @Test
    void acceptsTheReferenceWrittenAsJsonAndRejectsAChangedFlagOrAnAbsentNull() {
        ReferenceState state = new ReferenceState();
        RandomProgramme.generate(7, "P-7").forEach(sent -> ReferenceEvents.fold(state, sent.event()));
        ServedInsight.Expected expected = ServedInsight.expect(state, Instant.now());

        SoftAssertions soft = new SoftAssertions();
        InsightAssert.checkList(
                soft,
                "institutions",
                "institutionCode",
                expected.viewer().institutions(),
                served(expected.viewer().institutions()));
        expected.participants()
                .forEach((code, rows) -> InsightAssert.checkList(soft, code, "enrolmentId", rows, served(rows)));
        expected.histories().forEach((path, days) -> InsightAssert.checkList(soft, path, "date", days, served(days)));
        InsightAssert.check(
                soft,
                "programme",
                expected.admin().programme(),
                served(List.of(expected.admin().programme())).getFirst());
        assertThat(soft.errorsCollected()).isEmpty();

        Map<String, Object> flagged = expected.participants().values().stream()
                .flatMap(List::stream)
                .max(java.util.Comparator.comparingInt(r -> ((List<?>) r.get("flags")).size()))
                .orElseThrow();
        Map<String, Object> reordered = served(List.of(flagged)).getFirst();
        List<Object> flags = new ArrayList<>((List<?>) reordered.get("flags"));
        if (flags.size() >= 2) {
            java.util.Collections.reverse(flags); // the same flags, not in the table's order
        } else {
            flags.add(flags.contains("DECLINING") ? "NO_BASELINE" : "DECLINING");
        }
        reordered.put("flags", flags);
        Map<String, Object> absent =
                served(List.of(expected.admin().programme())).getFirst();
        absent.remove("growth");
        absent.put("growth-typo", null);
        SoftAssertions changed = new SoftAssertions();
        InsightAssert.check(changed, "reordered", flagged, reordered);
        InsightAssert.check(changed, "absent", expected.admin().programme(), absent);
        assertThat(changed.errorsCollected()).hasSize(2);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> served(List<Map<String, Object>> reference) {
        return json.readValue(json.writeValueAsString(Map.of("items", reference)), Map.class) instanceof Map<?, ?> m
                ? new ArrayList<>((List<Map<String, Object>>) m.get("items"))
                : List.of();
    }
}
