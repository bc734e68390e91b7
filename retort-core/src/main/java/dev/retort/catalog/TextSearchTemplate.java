package dev.retort.catalog;

/**
 * A text search template: its functions, as {@code regproc} renders them. Templates have no owner; creating one
 * takes a superuser.
 *
 * @param init the init function, or null
 */
public record TextSearchTemplate(String schema, String name, String init, String lexize, String comment)
        implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.TEXT_SEARCH_TEMPLATE, schema, name);
    }
}
