package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Column;
import dev.retort.catalog.ColumnDefault;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Table;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The default of a column added to a table that already exists (and so may hold rows). Existing rows get the
 * column's default the way {@code ADD COLUMN ... DEFAULT} gives it, and a NOT NULL column never sees a NULL.
 *
 * <p>Where the default needs only objects that exist before the plan, it is written into the ADD COLUMN itself
 * (PostgreSQL 11+ stores a non-volatile default without rewriting the table; a volatile one, such as
 * {@code nextval} or {@code clock_timestamp()}, is evaluated per row in a rewrite). Where it needs an object the
 * plan creates after the column (the sequence of a new {@code serial} column, owned by that column), the column is
 * added nullable, then the default is set, the existing rows are updated to it and NOT NULL is set.
 */
final class NewColumnDefaults {
    private final CatalogSnapshot from;
    private final CatalogSnapshot to;

    NewColumnDefaults(CatalogSnapshot from, CatalogSnapshot to) {
        this.from = from;
        this.to = to;
    }

    /** The default of a column that {@code to} adds to a table {@code from} has already, else null. */
    ColumnDefault ofNewColumn(ObjectId defaultId) {
        if (defaultId.kind() != ObjectKind.COLUMN_DEFAULT || !(to.get(defaultId) instanceof ColumnDefault d)
                || d.onView() || !(from.get(defaultId.tableId()) instanceof Table before)) {
            return null;
        }
        return before.columns().stream().anyMatch(c -> c.name().equals(d.column())) ? null : d;
    }

    /** The default written into the ADD COLUMN of {@code column}, or null when it must come after it. */
    ColumnDefault inlined(ObjectId table, Column column) {
        ColumnDefault d = ofNewColumn(ObjectId.tablePart(ObjectKind.COLUMN_DEFAULT, table.schema(), table.name(),
                column.name()));
        if (d == null) {
            return null;
        }
        for (ObjectId needed : to.dependencies().dependenciesOf(d.id())) {
            if (!needed.equals(table) && !from.contains(needed)) {
                return null;
            }
        }
        return d;
    }

    /**
     * The statements setting a new column's default that could not be inlined: SET DEFAULT, and for a NOT NULL
     * column the existing rows filled from it and NOT NULL set (the ADD COLUMN left it nullable).
     */
    List<String> setAfterwards(ColumnDefault d) {
        String table = "ALTER TABLE " + d.id().qualifiedTable() + " ALTER COLUMN " + quote(d.column());
        String setDefault = table + " SET DEFAULT " + d.expression() + ";";
        if (!notNull(d)) {
            return List.of(setDefault);
        }
        return List.of(setDefault, "UPDATE " + d.id().qualifiedTable() + " SET " + quote(d.column()) + " = DEFAULT;",
                table + " SET NOT NULL;");
    }

    /** True when the ADD COLUMN of this new column leaves out NOT NULL, for {@link #setAfterwards} to set it. */
    boolean notNullSetAfterwards(ObjectId table, Column column) {
        ObjectId defaultId = ObjectId.tablePart(ObjectKind.COLUMN_DEFAULT, table.schema(), table.name(),
                column.name());
        return column.notNull() && ofNewColumn(defaultId) != null && inlined(table, column) == null;
    }

    /**
     * True when the default is one of the common volatile ones, which make ADD COLUMN rewrite the table. A
     * user's own volatile function is not recognised here: its hazard is not reported.
     */
    static boolean rewrites(ColumnDefault d) {
        return VOLATILE.matcher(d.expression()).find();
    }

    private static final Pattern VOLATILE = Pattern.compile(
            "\\b(nextval|random|clock_timestamp|timeofday|gen_random_uuid|uuid_generate_v[14])\\(");

    private boolean notNull(ColumnDefault d) {
        return to.get(d.id().tableId()) instanceof Table t
                && t.columns().stream().anyMatch(c -> c.name().equals(d.column()) && c.notNull());
    }
}
