package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ColumnDefault;
import java.util.List;

/** A column's default, an object of its own so that it can follow what its expression uses. */
final class ColumnDefaultKind implements Kind<ColumnDefault> {
    static final ColumnDefaultKind INSTANCE = new ColumnDefaultKind();

    @Override
    public Class<ColumnDefault> type() {
        return ColumnDefault.class;
    }

    @Override
    public List<String> create(ColumnDefault d) {
        return List.of(alterColumn(d) + "SET DEFAULT " + d.expression() + ";");
    }

    @Override
    public List<String> drop(ColumnDefault d) {
        return List.of(alterColumn(d) + "DROP DEFAULT;");
    }

    /** SET DEFAULT replaces the old one. */
    @Override
    public Alteration alter(ColumnDefault b, ColumnDefault a, CatalogSnapshot from) {
        return Alteration.of(a.id(), create(a));
    }

    private static String alterColumn(ColumnDefault d) {
        return "ALTER " + (d.onView() ? "VIEW " : "TABLE ") + d.id().qualifiedTable() + " ALTER COLUMN "
                + quote(d.column()) + " ";
    }
}
