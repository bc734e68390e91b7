package dev.retort.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text search configuration: its parser and, per token type, the dictionaries tried in order.
 *
 * @param parser   the parser, qualified
 * @param mappings token type alias to its dictionaries ({@code regdictionary}, comma-separated), in token type order
 */
public record TextSearchConfiguration(String schema, String name, String parser, Map<String, String> mappings,
                                      String owner, String comment) implements CatalogObject {
    public TextSearchConfiguration {
        mappings = Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.TEXT_SEARCH_CONFIGURATION, schema, name);
    }
}
