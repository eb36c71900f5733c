package org.irtiqa.support.web;

import java.io.IOException;

/**
 * Thrown while a request body is being read once it exceeds its limit (a body sent without
 * Content-Length, or one that lies about it). An IOException, so that it travels through whatever
 * is reading the stream (Jackson, a CSV parser); the problem handler finds it in the cause chain
 * and answers 413.
 */
public class PayloadTooLargeException extends IOException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
