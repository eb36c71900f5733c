package org.irtiqa.registration.system;

import java.util.List;
import org.irtiqa.support.web.FieldProblem;
import org.irtiqa.support.web.InvalidRequestException;

/** `?page=0&size=50`: size 1–500, page ≥ 0; a page past the end is simply empty. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new InvalidRequestException(List.of(new FieldProblem("page", "must be 0 or more")));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException(List.of(new FieldProblem("size", "must be between 1 and " + MAX_SIZE)));
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
