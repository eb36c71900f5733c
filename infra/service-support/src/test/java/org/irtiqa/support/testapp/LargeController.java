package org.irtiqa.support.testapp;

import java.util.List;
import java.util.stream.IntStream;
import org.irtiqa.support.web.csv.CsvColumns;
import org.irtiqa.support.web.csv.CsvItems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An answer of some 20 MB, in JSON or CSV: far more than the socket buffers hold, for a client to hang up on. */
@RestController
class LargeController {

    record Line(int n, String text) {}

    static final String TEXT = "x".repeat(80);

    @GetMapping("/api/large")
    CsvItems<Line> large() {
        List<Line> lines =
                IntStream.range(0, 200_000).mapToObj(n -> new Line(n, TEXT)).toList();
        return CsvItems.of(lines, CsvColumns.of("n", "text"), "large");
    }
}
