package dev.retort.catalog;

/**
 * An extended statistics object ({@code CREATE STATISTICS}) on a table, dropped with it. Identified under its
 * table like an index; it lives in {@code statisticsSchema}, usually the table's.
 *
 * @param definition the {@code CREATE STATISTICS} statement {@code pg_get_statisticsobjdef} renders
 * @param target     the statistics target set with {@code ALTER STATISTICS}, or null for the default
 */
public record ExtendedStatistics(String schema, String table, String name, String statisticsSchema,
                                 String definition, Integer target, String owner, String comment)
        implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.tablePart(ObjectKind.STATISTICS, schema, table, name);
    }

    /** The qualified, quoted name of the statistics object itself. */
    public String qualifiedName() {
        return Identifiers.qualify(statisticsSchema, name);
    }
}
