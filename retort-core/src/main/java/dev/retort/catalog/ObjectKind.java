package dev.retort.catalog;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of schema objects Retort manages. The order is the tie-break for objects whose dependencies allow
 * either order: containers and types first, then tables, then what hangs off tables, then what reads them.
 */
public enum ObjectKind {
    SCHEMA("schema"),
    EXTENSION("extension"),
    COLLATION("collation"),
    ACCESS_METHOD("access method"),
    ENUM("enum"),
    DOMAIN("domain"),
    COMPOSITE_TYPE("composite type"),
    RANGE_TYPE("range type"),
    SEQUENCE("sequence"),
    TABLE("table"),
    FUNCTION("function", Trait.ENTITY),
    PROCEDURE("procedure", Trait.ENTITY),
    AGGREGATE("aggregate", Trait.ENTITY),
    CAST("cast"),
    OPERATOR("operator"),
    OPERATOR_FAMILY("operator family"),
    OPERATOR_CLASS("operator class"),
    FOREIGN_DATA_WRAPPER("foreign data wrapper"),
    SERVER("server"),
    FOREIGN_TABLE("foreign table"),
    TEXT_SEARCH_PARSER("text search parser"),
    TEXT_SEARCH_TEMPLATE("text search template"),
    TEXT_SEARCH_DICTIONARY("text search dictionary"),
    TEXT_SEARCH_CONFIGURATION("text search configuration"),
    COLUMN_DEFAULT("default", Trait.TABLE_PART),
    CONSTRAINT("constraint", Trait.TABLE_PART),
    INDEX("index", Trait.TABLE_PART),
    STATISTICS("statistics", Trait.TABLE_PART),
    VIEW("view", Trait.ENTITY),
    MATERIALIZED_VIEW("materialized view", Trait.ENTITY),
    TRIGGER("trigger", Trait.TABLE_PART, Trait.ENTITY),
    RULE("rule", Trait.TABLE_PART),
    EVENT_TRIGGER("event trigger", Trait.ENTITY),
    POLICY("policy", Trait.TABLE_PART, Trait.ENTITY),
    PUBLICATION("publication"),
    DEFAULT_PRIVILEGES("default privileges");

    /** What the stages below the planner need to know of a kind (the planner's own knowledge is its {@code Kind}). */
    private enum Trait {
        /** Lives on a table (or view) and is dropped with it. */
        TABLE_PART,
        /**
         * What Alembic Utils calls an entity: what sits beside another tool that manages tables, owned with
         * {@code --kinds entities}.
         */
        ENTITY
    }

    private final String label;
    private final Set<Trait> traits;

    ObjectKind(String label, Trait... traits) {
        this.label = label;
        this.traits = traits.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(traits[0], traits));
    }

    /** How the kind is named in messages and identities, e.g. {@code materialized view}. */
    public String label() {
        return label;
    }

    /** Kinds that live on a table and are dropped with it. */
    public boolean isTablePart() {
        return traits.contains(Trait.TABLE_PART);
    }

    /**
     * Kinds Alembic Utils calls entities, what {@code --kinds entities} owns: views, routines, triggers and
     * policies. Extensions are not among them (an undeclared extension would be dropped with everything it holds).
     */
    public boolean isEntity() {
        return traits.contains(Trait.ENTITY);
    }
}
