package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Privileges;
import dev.retort.catalog.Schema;
import java.util.ArrayList;
import java.util.List;

/** Schemas: only decorations change in place (a rename is a drop and a create: identities are names). */
final class SchemaKind implements Kind<Schema> {
    static final SchemaKind INSTANCE = new SchemaKind();

    @Override
    public Class<Schema> type() {
        return Schema.class;
    }

    @Override
    public List<String> create(Schema s) {
        List<String> out = new ArrayList<>();
        out.add("CREATE SCHEMA " + quote(s.name()) + ";");
        out.addAll(decorations(null, s));
        return out;
    }

    @Override
    public List<String> drop(Schema s) {
        return List.of("DROP SCHEMA " + quote(s.name()) + ";");
    }

    @Override
    public Alteration alter(Schema b, Schema a, CatalogSnapshot from) {
        return Alteration.of(a.id(), decorations(b, a));
    }

    private static List<String> decorations(Schema b, Schema a) {
        String name = quote(a.name());
        List<String> out = new ArrayList<>(Decorations.owner("SCHEMA", name, b == null ? null : b.owner(), a.owner()));
        out.addAll(Decorations.comment("SCHEMA " + name, b == null ? null : b.comment(), a.comment()));
        out.addAll(Decorations.privileges("SCHEMA " + name, b == null ? Privileges.DEFAULT : b.privileges(),
                a.privileges()));
        return out;
    }
}
