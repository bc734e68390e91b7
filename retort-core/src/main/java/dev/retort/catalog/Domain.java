package dev.retort.catalog;

import java.util.List;

/** A domain: base type, collation, default, NOT NULL and named CHECK constraints. */
public record Domain(String schema, String name, String baseType, String collation, boolean notNull,
                     String defaultExpression, List<Check> checks, String owner, Privileges privileges,
                     String comment) implements CatalogObject {
    /** A named check, {@code CHECK (...)} possibly {@code NOT VALID}, and its comment. */
    public record Check(String name, String definition, String comment) {
        public Check(String name, String definition) {
            this(name, definition, null);
        }
    }

    public Domain {
        checks = List.copyOf(checks);
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.DOMAIN, schema, name);
    }
}
