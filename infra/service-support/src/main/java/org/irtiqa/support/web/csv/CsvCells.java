package org.irtiqa.support.web.csv;

import java.math.BigDecimal;
import java.util.List;
import org.irtiqa.support.web.csv.CsvColumns.Column;
import tools.jackson.databind.JsonNode;

/**
 * One cell of api.md's CSV from an item's JSON: empty for null (and under a null or absent object),
 * numbers in their shortest exact form with a {@code .} and no exponent, {@code true}/{@code false},
 * text quoted as RFC 4180 says, and text that a spreadsheet would run as a formula prefixed with
 * {@code '}.
 */
final class CsvCells {

    /** The first characters that make a spreadsheet read a cell as a formula (OWASP's list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {}

    static String cell(JsonNode item, Column column) {
        JsonNode node = at(item, column);
        if (node == null) {
            return "";
        }
        if (column.isFlag()) {
            if (!node.isArray()) {
                throw new IllegalStateException("CSV column " + column.header() + " is not in an array of names");
            }
            for (JsonNode name : node) {
                if (name.isString() && name.stringValue().equals(column.flag())) {
                    return "true";
                }
            }
            return "false";
        }
        if (node.isContainer()) {
            throw new IllegalStateException("CSV column " + column.header() + " is an object or array, not a value");
        }
        if (node.isNumber()) {
            return number(node);
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        return text(node.asString());
    }

    /** The node at the column's path, or null where the path meets null or nothing. */
    private static JsonNode at(JsonNode item, Column column) {
        JsonNode node = item;
        List<String> path = column.path();
        for (String segment : path) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return null;
            }
            if (!node.isObject()) {
                throw new IllegalStateException("CSV column " + column.header() + " runs through a value");
            }
            node = node.get(segment);
        }
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    /**
     * {@code 100}, {@code 74.5}, {@code 0.00001}: a double's shortest repr (what JSON shows, as
     * {@link Double#toString} computes it since JDK 19) in plain notation, trailing zeros dropped.
     */
    static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isBigDecimal()) {
            return plain(node.decimalValue());
        }
        String shortest = node.isFloat() ? Float.toString(node.floatValue()) : Double.toString(node.doubleValue());
        if (!Double.isFinite(node.doubleValue())) {
            return shortest; // NaN, Infinity: JSON has no number for them either
        }
        return plain(new BigDecimal(shortest));
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** A text cell: formula-guarded, then quoted when it holds a comma, a quote, CR or LF. */
    static String text(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return quoted(text);
    }

    static String quoted(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }
}
