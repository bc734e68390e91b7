package dev.retort.catalog;

/** A schema object in a {@link CatalogSnapshot}: immutable, compared by value, identified by {@link #id()}. */
public sealed interface CatalogObject permits Schema, Extension, Table, View, MaterializedView, ColumnDefault,
        Constraint, Index, Sequence, EnumType, CompositeType, Domain, RangeType, Routine, Trigger, EventTrigger,
        Policy, DefaultPrivileges,
        Rule, Collation, ExtendedStatistics, Publication, Cast,
        TextSearchParser, TextSearchTemplate, TextSearchDictionary, TextSearchConfiguration,
        AccessMethod, Operator, OperatorFamily, OperatorClass, ForeignDataWrapper, ForeignServer, ForeignTable {

    ObjectId id();

    /** The COMMENT ON text, or null. */
    String comment();
}
