package org.irtiqa.support.web.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.irtiqa.events.Theme;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

class CsvCellsTest {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void numbersAreInTheirShortestExactFormWithoutExponent() {
        assertThat(number(0.875)).isEqualTo("0.875");
        assertThat(number(74.5)).isEqualTo("74.5");
        assertThat(number(100.0)).isEqualTo("100");
        assertThat(number(1.0E-5)).isEqualTo("0.00001");
        assertThat(number(1.0E21)).isEqualTo("1000000000000000000000");
        assertThat(number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(number(-0.0)).isEqualTo("0");
        assertThat(number(-2.5)).isEqualTo("-2.5");
        assertThat(CsvCells.number(NODES.numberNode(100L))).isEqualTo("100");
        assertThat(CsvCells.number(NODES.numberNode(0.1f))).isEqualTo("0.1");
        assertThat(CsvCells.number(NODES.numberNode(new BigDecimal("1.500E+2"))))
                .isEqualTo("150");
    }

    @Test
    void textThatASpreadsheetWouldRunIsPrefixed() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(CsvCells.text(start + "1")).contains("'" + start + "1");
        }
        assertThat(CsvCells.text("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.text("")).isEmpty();
    }

    @Test
    void textIsQuotedOnlyWhenItMustBe() {
        assertThat(CsvCells.text("plain text")).isEqualTo("plain text");
        assertThat(CsvCells.text("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.text("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CsvCells.text("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(CsvCells.text("=1,2")).isEqualTo("\"'=1,2\"");
    }

    @Test
    void aPathThroughNullOrNothingIsAnEmptyCell() {
        JsonNode item = JsonMapper.builder().build().readTree("{\"a\":null,\"b\":{\"c\":true},\"f\":[\"X\"]}");
        CsvColumns columns = CsvColumns.of("a", "a.x", "b.c", "b.d", "z.y").flags("f", List.of("X", "Y"));
        assertThat(columns.columns().stream().map(c -> CsvCells.cell(item, c)))
                .containsExactly("", "", "true", "", "", "true", "false");
    }

    @Test
    void aColumnMustEndAtAValue() {
        JsonNode item = JsonMapper.builder().build().readTree("{\"b\":{\"c\":1}}");
        assertThatThrownBy(
                        () -> CsvCells.cell(item, CsvColumns.of("b").columns().getFirst()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("b");
    }

    @Test
    void columnsAreDeclaredOnceEachWithEveryConstant() {
        assertThat(CsvColumns.of("a")
                        .each("t", CsvColumns.namesOf(Theme.class, Theme.UNKNOWN), "x")
                        .headers())
                .startsWith("a", "t.DIGITAL_TRANSFORMATION.x")
                .doesNotContain("t.UNKNOWN.x")
                .hasSize(1 + Theme.values().length - 1);
        assertThatThrownBy(() -> CsvColumns.of("a", "b", "a")).hasMessageContaining("twice");
        assertThatThrownBy(() -> CsvColumns.of("a..b")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String number(double value) {
        return CsvCells.number(NODES.numberNode(value));
    }
}
