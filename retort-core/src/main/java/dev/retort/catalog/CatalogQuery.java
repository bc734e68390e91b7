package dev.retort.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The catalog queries the inspector sends in one batch, each a resource {@code sql/<name>.sql}, in the order
 * their results are read. What a query's reader needs read before it is stated here ({@link #needs}) and checked
 * when the class loads, so reordering the batch cannot silently break a reader.
 */
enum CatalogQuery {
    SCHEMAS,
    EXTENSIONS,
    RELATIONS,
    /** Columns are filed under their relation; the tables and views are complete once they are read. */
    COLUMNS(RELATIONS),
    DEFAULTS,
    CONSTRAINTS,
    INDEXES,
    SEQUENCES,
    ENUMS,
    COMPOSITE_TYPES,
    DOMAINS,
    RANGE_TYPES,
    ROUTINES,
    TRIGGERS,
    EVENT_TRIGGERS,
    POLICIES,
    DEFAULT_PRIVILEGES,
    RULES,
    COLLATIONS,
    STATISTICS,
    PUBLICATIONS,
    CASTS,
    TEXT_SEARCH_PARSERS,
    TEXT_SEARCH_TEMPLATES,
    TEXT_SEARCH_DICTIONARIES,
    TEXT_SEARCH_CONFIGURATIONS,
    ACCESS_METHODS,
    OPERATORS,
    OPERATOR_FAMILIES,
    /** A class's operators and functions stand for the class, not for the family that also lists them. */
    OPERATOR_CLASSES(OPERATOR_FAMILIES),
    FOREIGN_DATA_WRAPPERS,
    FOREIGN_SERVERS,
    FOREIGN_TABLES,
    UNMODELLED,
    /** Edges are resolved through every object's catalog address, and columns' names: everything before it. */
    DEPENDENCIES(true);

    private final Set<CatalogQuery> needs;
    private final boolean needsAll;

    CatalogQuery(CatalogQuery... needs) {
        this.needs = Set.of(needs);
        this.needsAll = false;
    }

    CatalogQuery(boolean needsAll) {
        this.needs = Set.of();
        this.needsAll = needsAll;
    }

    static {
        for (CatalogQuery q : values()) {
            List<CatalogQuery> before = List.of(values()).subList(0, q.ordinal());
            if (!before.containsAll(q.needs) || q.needsAll && q.ordinal() != values().length - 1) {
                throw new ExceptionInInitializerError("catalog query " + q + " is read before what it needs");
            }
        }
    }

    /** The resource name, e.g. {@code event_triggers}. */
    String resource() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The queries that must be read before this one. */
    Set<CatalogQuery> needs() {
        if (!needsAll) {
            return needs;
        }
        List<CatalogQuery> all = new ArrayList<>(List.of(values()));
        all.remove(this);
        return Set.copyOf(all);
    }
}
