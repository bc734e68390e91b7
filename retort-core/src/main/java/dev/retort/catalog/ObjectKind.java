package dev.retort.catalog;

/**
 * The kinds of schema objects Retort manages. The order is the tie-break for objects whose dependencies allow
 * either order: containers and types first, then tables, then what hangs off tables, then what reads them.
 */
public enum ObjectKind {
    SCHEMA("schema"),
    EXTENSION("extension"),
    ENUM("enum"),
    DOMAIN("domain"),
    COMPOSITE_TYPE("composite type"),
    RANGE_TYPE("range type"),
    SEQUENCE("sequence"),
    TABLE("table"),
    FUNCTION("function"),
    PROCEDURE("procedure"),
    AGGREGATE("aggregate"),
    COLUMN_DEFAULT("default"),
    CONSTRAINT("constraint"),
    INDEX("index"),
    VIEW("view"),
    MATERIALIZED_VIEW("materialized view"),
    TRIGGER("trigger"),
    EVENT_TRIGGER("event trigger"),
    POLICY("policy"),
    DEFAULT_PRIVILEGES("default privileges");

    private final String label;

    ObjectKind(String label) {
        this.label = label;
    }

    /** How the kind is named in messages and identities, e.g. {@code materialized view}. */
    public String label() {
        return label;
    }

    /** Kinds that live on a table and are dropped with it. */
    public boolean isTablePart() {
        return this == COLUMN_DEFAULT || this == CONSTRAINT || this == INDEX || this == TRIGGER || this == POLICY;
    }
}
