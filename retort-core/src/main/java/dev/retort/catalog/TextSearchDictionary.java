package dev.retort.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text search dictionary: a template and its options.
 *
 * @param template the template, qualified
 * @param options  the options as PostgreSQL stores them, one {@code name = value} each, in their order
 */
public record TextSearchDictionary(String schema, String name, String template, List<String> options, String owner,
                                   String comment) implements CatalogObject {
    public TextSearchDictionary {
        options = List.copyOf(options);
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.TEXT_SEARCH_DICTIONARY, schema, name);
    }

    /** The option's name: what precedes {@code =}. */
    public static String optionName(String option) {
        int eq = option.indexOf('=');
        return (eq < 0 ? option : option.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code dictinitoption} split into its options: {@code a = 'x, y', b = 1} at the commas outside quotes (values
     * are quoted with {@code ''} for a quote, as PostgreSQL writes them).
     */
    static List<String> options(String text) {
        List<String> options = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return options;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                options.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        options.add(current.toString().strip());
        return options;
    }
}
