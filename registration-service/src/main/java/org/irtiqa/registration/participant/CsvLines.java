package org.irtiqa.registration.participant;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads an import file (RFC 4180, UTF-8 with or without BOM, CRLF or LF) into numbered lines. */
final class CsvLines {

    static final List<String> HEADER =
            List.of("institutionCode", "fullNameEn", "fullNameAr", "email", "level", "jobTitle");

    /**
     * One data line: its number (the header is line 1; a quoted field spanning several physical
     * lines still makes one line) and its fields in header order.
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
        var format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        List<Line> lines = new ArrayList<>();
        try (var parser = format.parse(new StringReader(text))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty() || !trimmed(records.getFirst()).equals(HEADER)) {
                throw ImportRejected.file("the first line must be the header " + String.join(",", HEADER));
            }
            for (CSVRecord record : records.subList(1, records.size())) {
                lines.add(new Line(record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ImportRejected.file("the file is not valid CSV: " + e.getMessage());
        }
        return lines;
    }

    private static List<String> trimmed(CSVRecord record) {
        return record.stream().map(String::trim).toList();
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ImportRejected.file("the file is not UTF-8");
        }
    }
}
