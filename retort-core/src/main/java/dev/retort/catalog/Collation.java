package dev.retort.catalog;

/**
 * A collation. What defines it depends on its provider: the libc one by {@code lcCollate} and {@code lcCtype}, the
 * ICU and builtin ones by {@code locale} (and ICU's by its {@code icuRules}, PostgreSQL 16+); the fields another
 * provider does not use are null. The collation version is not compared: it is the library's, not the schema's.
 *
 * @param provider      {@code libc}, {@code icu} or {@code builtin} (PostgreSQL 17+)
 * @param deterministic false when strings that compare equal may differ byte-wise (ICU only)
 */
public record Collation(String schema, String name, String provider, String lcCollate, String lcCtype,
                        String locale, String icuRules, boolean deterministic, String owner, String comment)
        implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.COLLATION, schema, name);
    }
}
