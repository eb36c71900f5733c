package org.irtiqa.analytics.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * The values of one kind of state change across a batch, column by column, so that the whole
 * batch goes to PostgreSQL as a few arrays ({@code unnest}) in one statement rather than one
 * statement per event.
 */
final class Columns {

    private final String[] types;
    private final List<List<Object>> columns = new ArrayList<>();

    /** One PostgreSQL array type per column, e.g. {@code "uuid", "text", "int8"}. */
    Columns(String... types) {
        this.types = types;
        for (int i = 0; i < types.length; i++) {
            columns.add(new ArrayList<>());
        }
    }

    void add(Object... row) {
        if (row.length != types.length) {
            throw new IllegalArgumentException("expected " + types.length + " values, got " + row.length);
        }
        for (int i = 0; i < row.length; i++) {
            columns.get(i).add(row[i]);
        }
    }

    boolean isEmpty() {
        return columns.getFirst().isEmpty();
    }

    int size() {
        return columns.getFirst().size();
    }

    String type(int column) {
        return types[column];
    }

    Object[] values(int column) {
        return columns.get(column).toArray();
    }

    int width() {
        return types.length;
    }
}
