package org.irtiqa.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core's WCAG 2.2 A and AA rules run inside the page the browser shows (the build fetches
 * {@code axe.min.js} from the npm registry, checksum checked). The page's CSP does not apply to
 * scripts the driver injects.
 */
final class Axe {

    private static final String SOURCE = load();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } })
              .then(result => done(result.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => v.impact + " " + v.id + ": " + v.help + " at "
                  + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", "))))
              .catch(e => done(["axe failed: " + e]));
            """;

    private Axe() {}

    /** The serious and critical violations on the page now, one line each (empty: none). */
    static java.util.List<String> seriousViolations(JavascriptExecutor page) {
        page.executeScript(SOURCE);
        @SuppressWarnings("unchecked")
        java.util.List<String> found = (java.util.List<String>) page.executeAsyncScript(RUN);
        return found;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe-core/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe-core/axe.min.js is not on the test classpath (the build fetches it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
