package org.irtiqa.support.events;

import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The correlation id of the work the current thread is doing: the {@code X-Correlation-Id} of the
 * HTTP request (set by the web filter), or the {@code correlationId} of the event a consumer is
 * applying (set by the consumer with {@link #open}). It lives in the SLF4J MDC, so that every log
 * line carries it and {@link EventMetadataFactory} stamps it on the events made meanwhile.
 */
public final class CorrelationIds {

    /** MDC key; use {@code %X{correlationId}} in log patterns. */
    public static final String MDC_KEY = "correlationId";
    /** Printable, header- and log-safe ids only; anything else is replaced by a fresh id. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:/+=-]{1,128}");

    private CorrelationIds() {}

    /** The current correlation id, or null when the thread is not working on behalf of one. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }

    /** Whether a client-supplied id is safe to adopt (echoed in a header, written to logs). */
    public static boolean isAcceptable(String candidate) {
        return candidate != null && ACCEPTABLE.matcher(candidate).matches();
    }

    /**
     * Makes {@code correlationId} current until the returned scope is closed; a null id clears it
     * for the scope. Use in try-with-resources.
     */
    public static Scope open(String correlationId) {
        String previous = MDC.get(MDC_KEY);
        put(correlationId);
        return () -> put(previous);
    }

    private static void put(String value) {
        if (value == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, value);
        }
    }

    /** Restores the previous correlation id on close. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
