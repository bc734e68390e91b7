package dev.retort.plan;

import static dev.retort.catalog.Identifiers.literal;
import static dev.retort.catalog.Identifiers.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code OPTIONS (...)} clauses of foreign-data wrappers, servers, foreign tables and their columns. */
final class GenericOptions {
    private GenericOptions() {
    }

    /** {@code OPTIONS (name 'value', ...)} with a leading space, or nothing when there are none. */
    static String create(Map<String, String> options) {
        if (options.isEmpty()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        options.forEach((k, v) -> items.add(quote(k) + " " + literal(v)));
        return " OPTIONS (" + String.join(", ", items) + ")";
    }

    /** {@code OPTIONS (SET a '1', ADD b '2', DROP c)} with a leading space, or nothing when they are the same. */
    static String alter(Map<String, String> before, Map<String, String> after) {
        List<String> items = new ArrayList<>();
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(k -> items.add("DROP " + quote(k)));
        after.forEach((k, v) -> {
            if (!before.containsKey(k)) {
                items.add("ADD " + quote(k) + " " + literal(v));
            } else if (!before.get(k).equals(v)) {
                items.add("SET " + quote(k) + " " + literal(v));
            }
        });
        return items.isEmpty() ? "" : " OPTIONS (" + String.join(", ", items) + ")";
    }
}
