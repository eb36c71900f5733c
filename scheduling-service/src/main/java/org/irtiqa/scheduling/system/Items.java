package org.irtiqa.scheduling.system;

import java.util.List;

/** Every list of this service's API: {@code {"items": [...]}}, unpaged, in the order given (api.md). */
public record Items<T>(List<T> items) {

    public Items {
        items = List.copyOf(items);
    }
}
