package dev.retort.plan;

import static dev.retort.catalog.Identifiers.literal;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Extension;
import dev.retort.catalog.ObjectId;
import java.util.ArrayList;
import java.util.List;

/** Extensions: schema-less; moved and updated in place where the server has an update path. */
final class ExtensionKind implements Kind<Extension> {
    static final ExtensionKind INSTANCE = new ExtensionKind();

    @Override
    public Class<Extension> type() {
        return Extension.class;
    }

    @Override
    public List<String> create(Extension e) {
        List<String> out = new ArrayList<>();
        out.add("CREATE EXTENSION " + quote(e.name()) + " WITH SCHEMA " + quote(e.schema()) + " VERSION "
                + literal(e.version()) + ";");
        out.addAll(Decorations.comment("EXTENSION " + quote(e.name()), null, e.comment()));
        return out;
    }

    @Override
    public List<String> drop(Extension e) {
        return List.of("DROP EXTENSION " + quote(e.name()) + ";");
    }

    @Override
    public Alteration alter(Extension b, Extension a, CatalogSnapshot from) {
        List<String> out = new ArrayList<>();
        if (!b.schema().equals(a.schema())) {
            out.add("ALTER EXTENSION " + quote(a.name()) + " SET SCHEMA " + quote(a.schema()) + ";");
        }
        if (!b.version().equals(a.version())) {
            if (!from.extensionUpdates().getOrDefault(b.name(), List.of(a.version())).contains(a.version())) {
                return withoutUpdatePath(b, a, from);
            }
            out.add("ALTER EXTENSION " + quote(a.name()) + " UPDATE TO " + literal(a.version()) + ";");
        }
        out.addAll(Decorations.comment("EXTENSION " + quote(a.name()), b.comment(), a.comment()));
        return Alteration.of(a.id(), out);
    }

    /**
     * No update path leads to the wanted version (a downgrade, mostly): the extension is dropped and created at
     * that version when nothing outside it depends on it; otherwise the plan is refused, naming what does.
     */
    private static Alteration withoutUpdatePath(Extension b, Extension a, CatalogSnapshot from) {
        List<String> dependents = from.dependencies().dependentsOf(b.id()).stream().filter(from::contains)
                .map(ObjectId::toString).toList();
        if (dependents.isEmpty()) {
            return Alteration.REBUILD;
        }
        throw new PlanException("extension " + a.name() + ": the server has no update path from version "
                + b.version() + " to " + a.version() + ", and dropping it to create it at " + a.version()
                + " would drop what depends on it: " + String.join(", ", dependents)
                + "; change the version by hand (or keep " + b.version() + ")");
    }
}
