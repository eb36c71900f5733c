package org.irtiqa.support.web;

/** The resource named in the path does not exist: 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
