package dev.retort.plan;

import static dev.retort.catalog.Identifiers.literal;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ForeignServer;
import dev.retort.catalog.Privileges;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Foreign servers: version, options, owner, comment and grants change in place; wrapper and type by a rebuild. */
final class ForeignServerKind implements Kind<ForeignServer> {
    static final ForeignServerKind INSTANCE = new ForeignServerKind();

    @Override
    public Class<ForeignServer> type() {
        return ForeignServer.class;
    }

    @Override
    public List<String> create(ForeignServer s) {
        String name = quote(s.name());
        List<String> out = new ArrayList<>();
        out.add("CREATE SERVER " + name + (s.type() == null ? "" : " TYPE " + literal(s.type()))
                + (s.version() == null ? "" : " VERSION " + literal(s.version())) + " FOREIGN DATA WRAPPER "
                + quote(s.wrapper()) + GenericOptions.create(s.options()) + ";");
        out.addAll(Decorations.owner("SERVER", name, null, s.owner()));
        out.addAll(Decorations.comment("SERVER " + name, null, s.comment()));
        out.addAll(Decorations.privileges("FOREIGN SERVER " + name, Privileges.DEFAULT, s.privileges()));
        return out;
    }

    @Override
    public List<String> drop(ForeignServer s) {
        return List.of("DROP SERVER " + quote(s.name()) + ";");
    }

    @Override
    public Alteration alter(ForeignServer b, ForeignServer a, CatalogSnapshot from) {
        if (!b.wrapper().equals(a.wrapper()) || !Objects.equals(b.type(), a.type())) {
            return Alteration.REBUILD;
        }
        String name = quote(a.name());
        StringBuilder sb = new StringBuilder();
        if (!Objects.equals(b.version(), a.version())) {
            sb.append(" VERSION ").append(a.version() == null ? "NULL" : literal(a.version()));
        }
        sb.append(GenericOptions.alter(b.options(), a.options()));
        List<String> out = new ArrayList<>();
        if (sb.length() > 0) {
            out.add("ALTER SERVER " + name + sb + ";");
        }
        out.addAll(Decorations.owner("SERVER", name, b.owner(), a.owner()));
        out.addAll(Decorations.comment("SERVER " + name, b.comment(), a.comment()));
        out.addAll(Decorations.privileges("FOREIGN SERVER " + name, b.privileges(), a.privileges()));
        return Alteration.of(a.id(), out);
    }
}
