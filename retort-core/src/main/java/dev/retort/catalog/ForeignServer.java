package dev.retort.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A foreign server: database-wide, no schema.
 *
 * @param wrapper the foreign-data wrapper's name
 * @param type    {@code TYPE}, or null; likewise {@code version}
 */
public record ForeignServer(String name, String wrapper, String type, String version, Map<String, String> options,
                            String owner, Privileges privileges, String comment) implements CatalogObject {
    public ForeignServer {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.SERVER, null, name);
    }
}
