package org.irtiqa.support.web.csv;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link CsvItems} as JSON, {@code {"items": [...]}}, with the application's
 * {@code JsonMapper} — the bytes Spring's own JSON converter would write. For a list
 * {@linkplain CsvItems#answeredAgain answered again} the bytes are written once per list instance
 * and kept for the {@value #KEPT} most recently sent ones: serialising a list of a few hundred
 * kilobytes was a large part of what a request for it cost. Registered before the JSON converter.
 */
final class ItemsJsonConverter extends AbstractHttpMessageConverter<CsvItems<?>> {

    private static final int KEPT = 32;

    private final JsonMapper json;
    private final Map<Instance, byte[]> written = Collections.synchronizedMap(new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Instance, byte[]> eldest) {
            return size() > KEPT;
        }
    });

    ItemsJsonConverter(JsonMapper json) {
        super(MediaType.APPLICATION_JSON);
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
        throw new HttpMessageNotReadableException("Lists are written, not read", input);
    }

    @Override
    protected Long getContentLength(CsvItems<?> items, MediaType contentType) {
        return items.answeredAgain() ? (long) writtenOnce(items).length : null;
    }

    @Override
    protected void writeInternal(CsvItems<?> items, HttpOutputMessage output) throws IOException {
        if (items.answeredAgain()) {
            output.getBody().write(writtenOnce(items));
        } else {
            json.writeValue(output.getBody(), items);
        }
    }

    private byte[] writtenOnce(CsvItems<?> items) {
        return written.computeIfAbsent(new Instance(items.items()), list -> json.writeValueAsBytes(items));
    }

    /** A list by identity: an answer sent again is the same instance, and equal lists need not be. */
    private record Instance(List<?> list) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Instance that && that.list == list;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(list);
        }
    }
}
