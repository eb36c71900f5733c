package org.irtiqa.registration.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads an import file (RFC 4180, UTF-8 with or without BOM, CRLF or LF) into numbered lines. A
 * small reader of its own rather than a library's, because every problem must name the line of
 * the file where it starts, in plain words: a quoted field that is never closed is reported on the
 * line of its opening quote, not where the reader ran out of file.
 */
final class CsvLines {

    static final List<String> HEADER =
            List.of("institutionCode", "fullNameEn", "fullNameAr", "email", "level", "jobTitle");

    /**
     * One record of the file: the line it starts on as an editor counts lines (the header is
     * line 1 in a file without blank lines above it; a quoted field spanning several lines makes
     * one record, numbered by its first), and its fields in header order.
     */
    record Line(long number, List<String> values) {
        String get(String column) {
            int index = HEADER.indexOf(column);
            return index < values.size() ? values.get(index) : null;
        }
    }

    private CsvLines() {}

    /** The data lines; throws {@link ImportRejected} when the file itself is unreadable. */
    static List<Line> parse(byte[] bytes) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> records = new CsvReader(text).records();
        if (records.isEmpty()
                || !records.getFirst().values().stream()
                        .map(String::trim)
                        .toList()
                        .equals(HEADER)) {
            long line = records.isEmpty() ? 1 : records.getFirst().number();
            throw ImportRejected.file(line, "the first line must be the header " + String.join(",", HEADER));
        }
        return records.subList(1, records.size());
    }

    /** The text, or a 400 naming the first line with bytes that are not UTF-8. */
    private static String decode(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            long line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw ImportRejected.file(
                    line, "line " + line + " is not UTF-8 text; save the file as CSV in UTF-8 and try again");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
