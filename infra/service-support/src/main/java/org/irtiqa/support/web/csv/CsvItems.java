package org.irtiqa.support.web.csv;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;

/**
 * A list that answers {@code {"items": [...]}} in JSON and, when asked for {@code text/csv}
 * ({@code Accept: text/csv} or {@code ?format=csv}), the same items as a CSV table with the declared
 * columns, as an attachment named {@code filename.csv}. Return it from a controller:
 *
 * <pre>{@code
 * static final CsvColumns COLUMNS = CsvColumns.of("institutionCode", "nameEn", "nameAr", "readinessIndex")
 *         .each("themeScores", CsvColumns.namesOf(Theme.class, Theme.UNKNOWN));
 *
 * @GetMapping(path = "/institutions", produces = {MediaType.APPLICATION_JSON_VALUE, CsvItems.TEXT_CSV_VALUE})
 * CsvItems<InstitutionReadiness> institutions() {
 *     return CsvItems.of(queries.institutions(), COLUMNS, "institutions");
 * }
 * }</pre>
 *
 * The cells are read from the JSON the application's {@code JsonMapper} writes for each item
 * ({@link CsvMessageConverter}), so CSV and JSON cannot disagree. Returning this type is also what
 * lets the endpoint accept the {@code format} query parameter ({@link CsvFormat}); {@code produces}
 * is optional (JSON stays the default either way) but puts {@code text/csv} into the OpenAPI document.
 */
public record CsvItems<T>(
        List<T> items,
        @JsonIgnore CsvColumns columns,
        @JsonIgnore String filename,
        @JsonIgnore boolean answeredAgain) {

    public static final String TEXT_CSV_VALUE = "text/csv";

    public static final MediaType TEXT_CSV = MediaType.parseMediaType(TEXT_CSV_VALUE);

    /** A file name that needs no escaping in a {@code Content-Disposition} header. */
    private static final Pattern FILENAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public CsvItems {
        List<T> immutable = List.copyOf(items);
        if (answeredAgain && immutable != items) {
            throw new IllegalArgumentException("An answer sent again must be an immutable list (List.copyOf)");
        }
        items = immutable;
        Objects.requireNonNull(columns, "columns");
        if (filename == null || !FILENAME.matcher(filename).matches()) {
            throw new IllegalArgumentException("Not a plain file name: '" + filename + "'");
        }
    }

    /** {@code items} with the columns of their CSV and the file's name without {@code .csv}. */
    public static <T> CsvItems<T> of(List<T> items, CsvColumns columns, String filename) {
        return new CsvItems<>(items, columns, filename, false);
    }

    /**
     * Like {@link #of}, for an immutable list of immutable items that is answered again as it is
     * (the same instance, from a cache of answers): its JSON is written once and its bytes sent to
     * every request for the same instance ({@link ItemsJsonConverter}).
     */
    public static <T> CsvItems<T> answeredAgain(List<T> items, CsvColumns columns, String filename) {
        return new CsvItems<>(items, columns, filename, true);
    }
}
