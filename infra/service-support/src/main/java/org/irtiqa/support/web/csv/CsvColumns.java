package org.irtiqa.support.web.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fixed header of a CSV export (api.md, "Every list above also answers {@code text/csv}"): one
 * column per field of an item's JSON, nested objects flattened with dots. The columns come from
 * this declaration, never from the data, so that a key absent from every row of today's answer
 * (a theme nobody was assessed in) is still a column, and the header of an export does not
 * change with its content.
 *
 * <pre>{@code
 * static final CsvColumns COLUMNS = CsvColumns.of("institutionCode", "nameEn", "nameAr", "readinessIndex")
 *         .each("themeScores", CsvColumns.namesOf(Theme.class, Theme.UNKNOWN))   // themeScores.RISK_MANAGEMENT
 *         .each("levels", LeadershipLevel.class, "enrolled", "atRisk")             // levels.TOP_LEADERSHIP.enrolled
 *         .flags("flags", Flag.class);                                             // flags.LOW_ATTENDANCE: true/false
 * }</pre>
 *
 * A path names JSON properties as Jackson writes them (after {@code @JsonUnwrapped},
 * {@code @JsonProperty}); a column must end at a value (text, number, boolean) or, for
 * {@link #flags}, at an array of names. Immutable: each method returns a new declaration.
 */
public final class CsvColumns {

    /** A column: its JSON path and, for a flag, the name whose presence in the array it shows. */
    record Column(String header, List<String> path, String flag) {

        boolean isFlag() {
            return flag != null;
        }
    }

    private final List<Column> columns;

    private CsvColumns(List<Column> columns) {
        Set<String> headers = new HashSet<>();
        for (Column column : columns) {
            if (!headers.add(column.header())) {
                throw new IllegalArgumentException("CSV column " + column.header() + " is declared twice");
            }
        }
        this.columns = List.copyOf(columns);
    }

    /** Columns for dotted paths, in the order given ({@code "code"}, {@code "figures.enrolled"}). */
    public static CsvColumns of(String... paths) {
        return new CsvColumns(List.of()).then(paths);
    }

    /** These columns followed by the given dotted paths. */
    public CsvColumns then(String... paths) {
        List<Column> more = new ArrayList<>(columns);
        for (String path : paths) {
            more.add(column(segments(path), null));
        }
        return new CsvColumns(more);
    }

    /**
     * One column group per key of the object at {@code prefix}: {@code prefix.KEY} when no fields
     * are given (a map of values, such as {@code themeScores}), else {@code prefix.KEY.field} for
     * each field (a map of objects, such as {@code levels}).
     */
    public CsvColumns each(String prefix, Collection<String> keys, String... fields) {
        List<Column> more = new ArrayList<>(columns);
        for (String key : keys) {
            List<String> base = append(segments(prefix), key);
            if (fields.length == 0) {
                more.add(column(base, null));
            }
            for (String field : fields) {
                more.add(column(append(base, segments(field)), null));
            }
        }
        return new CsvColumns(more);
    }

    /** {@link #each(String, Collection, String...)} for every constant of an enum, by name. */
    public CsvColumns each(String prefix, Class<? extends Enum<?>> keys, String... fields) {
        return each(prefix, constantNames(keys), fields);
    }

    /**
     * One {@code true}/{@code false} column per name, {@code prefix.NAME}: is the name in the JSON
     * array at {@code prefix}. An absent or null array gives empty cells.
     */
    public CsvColumns flags(String prefix, Collection<String> names) {
        List<Column> more = new ArrayList<>(columns);
        for (String name : names) {
            more.add(column(segments(prefix), name));
        }
        return new CsvColumns(more);
    }

    /** {@link #flags(String, Collection)} for every constant of an enum, by name. */
    public CsvColumns flags(String prefix, Class<? extends Enum<?>> names) {
        return flags(prefix, constantNames(names));
    }

    /** The names of an enum's constants in declaration order, leaving out {@code except}. */
    @SafeVarargs
    public static <E extends Enum<E>> List<String> namesOf(Class<E> type, E... except) {
        Set<E> left = EnumSet.noneOf(type);
        left.addAll(Arrays.asList(except));
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> !left.contains(e))
                .map(Enum::name)
                .toList();
    }

    private static List<String> constantNames(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** The header row, in order. */
    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    List<Column> columns() {
        return columns;
    }

    private static Column column(List<String> path, String flag) {
        String header = String.join(".", path) + (flag == null ? "" : "." + flag);
        return new Column(header, List.copyOf(path), flag);
    }

    private static List<String> segments(String path) {
        List<String> segments = List.of(path.split("\\.", -1));
        if (segments.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("Not a column path: '" + path + "'");
        }
        return segments;
    }

    private static List<String> append(List<String> path, String key) {
        return append(path, List.of(key));
    }

    private static List<String> append(List<String> path, List<String> more) {
        List<String> joined = new ArrayList<>(path);
        joined.addAll(more);
        return joined;
    }
}
