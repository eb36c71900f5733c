package org.irtiqa.support.web.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.irtiqa.support.web.csv.CsvColumns.Column;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link CsvItems} as {@code text/csv}: a UTF-8 byte order mark (spreadsheet programs
 * then show Arabic), the declared header row, one row per item, CRLF after every row. Each item
 * is first turned into the JSON tree the application's {@code JsonMapper} makes of it, so a
 * cell shows exactly what JSON shows (instants in UTC with milliseconds, enum names, suppression
 * already applied by whoever built the item). Write-only; registered after the JSON converter, so
 * that {@code Accept: *}{@code /*} still gets JSON.
 */
final class CsvMessageConverter extends AbstractHttpMessageConverter<CsvItems<?>> {

    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private final JsonMapper json;

    CsvMessageConverter(JsonMapper json) {
        super(StandardCharsets.UTF_8, CsvItems.TEXT_CSV);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return CsvItems.class.isAssignableFrom(type);
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    protected CsvItems<?> readInternal(Class<? extends CsvItems<?>> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV exports are written, not read", input);
    }

    @Override
    protected void addDefaultHeaders(HttpHeaders headers, CsvItems<?> items, MediaType contentType) throws IOException {
        super.addDefaultHeaders(headers, items, contentType);
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(items.filename() + ".csv")
                .build());
    }

    @Override
    protected void writeInternal(CsvItems<?> items, HttpOutputMessage output) throws IOException {
        List<Column> columns = items.columns().columns();
        Writer out = new BufferedWriter(new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8));
        out.write(BOM);
        row(out, items.columns().headers().stream().map(CsvCells::quoted).toList());
        for (Object item : items.items()) {
            JsonNode tree = json.valueToTree(item);
            row(out, columns.stream().map(c -> CsvCells.cell(tree, c)).toList());
        }
        out.flush();
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        out.write(String.join(",", cells));
        out.write(CRLF);
    }
}
