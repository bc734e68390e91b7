package dev.retort.catalog;

/**
 * A column of a table, view or materialized view.
 *
 * @param collation            a collation other than the type's default, qualified and quoted, else null
 * @param identity             identity generation, else null
 * @param generated            {@code STORED} or {@code VIRTUAL} for a generated column, else null
 * @param inherited            true when the column comes only from a parent (inheritance or partitioning)
 * @param privileges           column-level privileges
 */
public record Column(String name, String type, String collation, boolean notNull, Identity identity,
                     String generated, String generationExpression, boolean inherited, Privileges privileges,
                     String comment) {
}
