package dev.retort.declared;

import java.util.Set;

/**
 * The constraint and index names a declaration wrote itself for one table; any other constraint or index the
 * table gets was named by someone else (an ORM's hash such as {@code FKbjqhp85wjv8vpr0beygh6jsgo}, or PostgreSQL's
 * {@code orders_pkey}). A generated name carries no intent, so the planner matches such a constraint or index to
 * the live one with the same definition and keeps the live name instead of dropping and re-adding it.
 *
 * @param schema the table's schema, as PostgreSQL stores it
 * @param table  the table's name, as PostgreSQL stores it
 * @param names  the names written in the declaration (annotations, SQL)
 */
public record WrittenNames(String schema, String table, Set<String> names) {
    public WrittenNames {
        names = Set.copyOf(names);
    }
}
