package org.irtiqa.registration.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from text: fields separated by commas, records by CRLF or LF, a field in double
 * quotes may hold commas, line breaks and doubled quotes. Lenient where nothing is ambiguous: a
 * quote inside an unquoted field is kept as it is, and blank lines are skipped. Tracks the line
 * each record starts on, so that every problem can be reported where it begins.
 */
final class CsvReader {

    private final String text;
    private int at;
    private long line = 1;

    CsvReader(String text) {
        this.text = text;
    }

    List<CsvLines.Line> records() {
        List<CsvLines.Line> records = new ArrayList<>();
        while (at < text.length()) {
            if (atLineBreak()) {
                skipLineBreak(); // a blank line
                continue;
            }
            long starts = line;
            records.add(new CsvLines.Line(starts, record()));
        }
        return records;
    }

    /** One record, up to and including its line break. */
    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            if (at < text.length() && text.charAt(at) == '"') {
                fields.add(quoted());
            } else {
                fields.add(unquoted());
            }
            if (at >= text.length()) {
                break;
            }
            if (text.charAt(at) == ',') {
                at++;
                continue;
            }
            skipLineBreak();
            break;
        }
        return fields;
    }

    private String unquoted() {
        int start = at;
        while (at < text.length() && text.charAt(at) != ',' && !atLineBreak()) {
            at++;
        }
        return text.substring(start, at);
    }

    private String quoted() {
        long opened = line;
        StringBuilder field = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw ImportRejected.file(
                        opened,
                        "the quoted field that begins on line " + opened
                                + " is never closed: a closing \" is missing, so the rest of the file would be"
                                + " read as part of it");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                if (at < text.length() && text.charAt(at) == '"') {
                    field.append('"');
                    at++;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                line++;
            }
            field.append(c);
        }
        if (at < text.length() && text.charAt(at) != ',' && !atLineBreak()) {
            throw ImportRejected.file(
                    line,
                    "on line " + line + " a quoted field is followed by other text; after its closing \" only a"
                            + " comma or the end of the line may come (a \" inside a quoted field is written \"\")");
        }
        return field.toString();
    }

    private boolean atLineBreak() {
        char c = text.charAt(at);
        return c == '\n' || (c == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n');
    }

    private void skipLineBreak() {
        at += text.charAt(at) == '\r' ? 2 : 1;
        line++;
    }
}
