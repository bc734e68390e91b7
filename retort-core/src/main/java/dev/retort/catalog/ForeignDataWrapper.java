package dev.retort.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A foreign-data wrapper: database-wide, no schema.
 *
 * @param handler   the handler function ({@code regproc}), or null for none; likewise {@code validator}
 * @param options   its generic options, in their order
 */
public record ForeignDataWrapper(String name, String handler, String validator, Map<String, String> options,
                                 String owner, Privileges privileges, String comment) implements CatalogObject {
    public ForeignDataWrapper {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.FOREIGN_DATA_WRAPPER, null, name);
    }
}
