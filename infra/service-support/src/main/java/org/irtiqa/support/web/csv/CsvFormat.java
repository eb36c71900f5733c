package org.irtiqa.support.web.csv;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;

/**
 * The {@code ?format=csv} / {@code ?format=json} query parameter of api.md: it chooses the answer's
 * media type ahead of the {@code Accept} header. Any other value is left to the header here, and is
 * then a 400 naming {@code format} from the query-parameter check (which alone knows whether the
 * endpoint offers CSV: one that does not has no {@code format} parameter at all). Only the query
 * string is read, never a form body. {@code format} is therefore reserved: an endpoint that returns
 * {@link CsvItems} must not declare a parameter of that name.
 */
public final class CsvFormat implements ContentNegotiationStrategy {

    public static final String PARAMETER = "format";

    /** The problem message for a value other than those below. */
    public static final String MESSAGE = "must be csv or json";

    private static final Map<String, List<MediaType>> FORMATS =
            Map.of("csv", List.of(CsvItems.TEXT_CSV), "json", List.of(MediaType.APPLICATION_JSON));

    @Override
    public List<MediaType> resolveMediaTypes(NativeWebRequest request) {
        HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
        String value = servlet == null ? null : valueIn(servlet.getQueryString());
        return value == null ? MEDIA_TYPE_ALL_LIST : FORMATS.getOrDefault(value, MEDIA_TYPE_ALL_LIST);
    }

    /** Whether {@code value} names a format this parameter knows. */
    public static boolean isKnown(String value) {
        return FORMATS.containsKey(value);
    }

    /** Whether the handler answers CSV: it returns {@link CsvItems}, or a {@code ResponseEntity} of one. */
    public static boolean offeredBy(HandlerMethod method) {
        MethodParameter returned = method.getReturnType();
        Class<?> type = returned.getParameterType();
        if (HttpEntity.class.isAssignableFrom(type)) {
            type = ResolvableType.forMethodParameter(returned)
                    .as(HttpEntity.class)
                    .getGeneric(0)
                    .toClass();
        }
        return CsvItems.class.isAssignableFrom(type);
    }

    private static String valueIn(String queryString) {
        if (queryString == null) {
            return null;
        }
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && PARAMETER.equals(decode(pair.substring(0, eq)))) {
                return decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
