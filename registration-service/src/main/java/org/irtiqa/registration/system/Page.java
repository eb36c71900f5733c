package org.irtiqa.registration.system;

import java.util.List;

/** One page of a registration collection, as api.md shapes it. */
public record Page<T>(List<T> items, int page, int size, long total) {}
