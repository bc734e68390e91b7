package dev.retort.catalog;

/**
 * A text search parser: its functions, as {@code regproc} renders them (schema-qualified outside pg_catalog).
 * Parsers have no owner; creating one takes a superuser.
 *
 * @param headline the headline function, or null
 */
public record TextSearchParser(String schema, String name, String start, String getToken, String end,
                               String lexTypes, String headline, String comment) implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.TEXT_SEARCH_PARSER, schema, name);
    }
}
