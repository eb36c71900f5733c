package org.irtiqa.support.web;

/**
 * The caller is known but may not do this (security.md): a coordinator naming another
 * institution's code in a path or a filter. 403, answered before anything else is checked.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}
