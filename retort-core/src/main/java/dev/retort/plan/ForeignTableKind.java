package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ForeignTable;
import dev.retort.catalog.Privileges;
import java.util.ArrayList;
import java.util.List;

/**
 * Foreign tables: their options, owner, comment and grants change in place, and columns are added or dropped in
 * place; a column changed otherwise, or a new server, rebuilds the table. Its rows live on the server, so a
 * rebuild loses none.
 */
final class ForeignTableKind implements Kind<ForeignTable> {
    static final ForeignTableKind INSTANCE = new ForeignTableKind();

    @Override
    public Class<ForeignTable> type() {
        return ForeignTable.class;
    }

    @Override
    public List<String> create(ForeignTable t) {
        String name = t.id().qualifiedName();
        List<String> out = new ArrayList<>();
        out.add("CREATE FOREIGN TABLE " + name + " (" + String.join(",", t.columns().stream()
                .map(c -> "\n    " + column(c)).toList()) + (t.columns().isEmpty() ? "" : "\n") + ")\n    SERVER "
                + quote(t.server()) + GenericOptions.create(t.options()) + ";");
        out.addAll(Decorations.owner("FOREIGN TABLE", name, null, t.owner()));
        out.addAll(Decorations.comment("FOREIGN TABLE " + name, null, t.comment()));
        out.addAll(Decorations.privileges("TABLE " + name, Privileges.DEFAULT, t.privileges()));
        return out;
    }

    @Override
    public List<String> drop(ForeignTable t) {
        return List.of("DROP FOREIGN TABLE " + t.id().qualifiedName() + ";");
    }

    @Override
    public Alteration alter(ForeignTable b, ForeignTable a, CatalogSnapshot from) {
        if (!b.server().equals(a.server())) {
            return Alteration.REBUILD;
        }
        List<ForeignTable.Column> kept = b.columns().stream()
                .filter(c -> a.columns().stream().anyMatch(n -> n.name().equals(c.name()))).toList();
        List<ForeignTable.Column> added = a.columns().stream()
                .filter(c -> b.columns().stream().noneMatch(o -> o.name().equals(c.name()))).toList();
        // Kept columns must be unchanged and keep their order, and new ones come last: ADD COLUMN appends.
        if (!a.columns().subList(0, kept.size()).equals(kept)) {
            return Alteration.REBUILD;
        }
        String name = a.id().qualifiedName();
        List<String> actions = new ArrayList<>();
        b.columns().stream().filter(c -> !kept.contains(c)).forEach(c -> actions.add("DROP COLUMN " + quote(c.name())));
        added.forEach(c -> actions.add("ADD COLUMN " + column(c)));
        List<String> out = new ArrayList<>();
        if (!actions.isEmpty()) {
            out.add("ALTER FOREIGN TABLE " + name + "\n    " + String.join(",\n    ", actions) + ";");
        }
        String options = GenericOptions.alter(b.options(), a.options());
        if (!options.isEmpty()) {
            out.add("ALTER FOREIGN TABLE " + name + options + ";");
        }
        out.addAll(Decorations.owner("FOREIGN TABLE", name, b.owner(), a.owner()));
        out.addAll(Decorations.comment("FOREIGN TABLE " + name, b.comment(), a.comment()));
        out.addAll(Decorations.privileges("TABLE " + name, b.privileges(), a.privileges()));
        return Alteration.of(a.id(), out);
    }

    private static String column(ForeignTable.Column c) {
        return quote(c.name()) + " " + c.type() + GenericOptions.create(c.options()) + (c.notNull() ? " NOT NULL" : "")
                + (c.defaultValue() == null ? "" : " DEFAULT " + c.defaultValue());
    }
}
