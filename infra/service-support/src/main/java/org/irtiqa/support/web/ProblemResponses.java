package org.irtiqa.support.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ProblemDetail;

/** Writes a problem from a servlet filter, where Spring MVC's message converters do not reach. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static void write(HttpServletResponse response, ProblemDetail problem, String instance) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"" + problem.getType() + "\",\"title\":\"" + problem.getTitle()
                        + "\",\"status\":" + problem.getStatus() + ",\"detail\":\"" + escape(problem.getDetail())
                        + "\",\"instance\":\"" + escape(instance) + "\"}");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
