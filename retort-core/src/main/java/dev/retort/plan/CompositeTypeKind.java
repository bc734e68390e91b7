package dev.retort.plan;

import static dev.retort.catalog.Identifiers.qualify;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.CompositeType;
import dev.retort.catalog.ObjectId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Composite types. Attributes are dropped, added and retyped in place; a new order cannot be (ALTER TYPE only
 * appends), so it rebuilds an unused type and is refused, naming the users, for one in use.
 */
final class CompositeTypeKind implements Kind<CompositeType> {
    static final CompositeTypeKind INSTANCE = new CompositeTypeKind();

    @Override
    public Class<CompositeType> type() {
        return CompositeType.class;
    }

    /** What it holds, its values in columns that use it, goes with it. */
    @Override
    public Set<Hazard> dropHazards(CompositeType object) {
        return EnumSet.of(Hazard.DATA_LOSS);
    }

    @Override
    public List<String> create(CompositeType c) {
        String name = qualify(c.schema(), c.name());
        List<String> out = new ArrayList<>();
        out.add("CREATE TYPE " + name + " AS ("
                + c.attributes().stream().map(a -> "\n    " + quote(a.name()) + " " + a.type()
                        + (a.collation() == null ? "" : " COLLATE " + a.collation()))
                .collect(Collectors.joining(",")) + "\n);");
        out.addAll(Decorations.of("TYPE", name, Decorations.State.NONE, decorations(c)));
        return out;
    }

    @Override
    public List<String> drop(CompositeType c) {
        return List.of("DROP TYPE " + c.id().qualifiedName() + ";");
    }

    @Override
    public Alteration alter(CompositeType b, CompositeType a, CatalogSnapshot from) {
        String name = qualify(a.schema(), a.name());
        if (!keepsAttributeOrder(b, a)) {
            if (!from.dependencies().dependentsOf(b.id()).isEmpty()) {
                throw new PlanException("type " + name + ": its attributes change order, which PostgreSQL cannot "
                        + "do in place (ALTER TYPE only appends), and " + String.join(", ",
                        from.dependencies().dependentsOf(b.id()).stream().map(ObjectId::toString).toList())
                        + " use it; recreate it by hand or keep the order");
            }
            return Alteration.REBUILD;
        }
        Map<String, CompositeType.Attribute> old = new LinkedHashMap<>();
        b.attributes().forEach(x -> old.put(x.name(), x));
        Set<String> now = new TreeSet<>();
        a.attributes().forEach(x -> now.add(x.name()));
        List<String> actions = new ArrayList<>();
        for (CompositeType.Attribute x : b.attributes()) {
            if (!now.contains(x.name())) {
                actions.add("DROP ATTRIBUTE " + quote(x.name()));
            }
        }
        for (CompositeType.Attribute x : a.attributes()) {
            CompositeType.Attribute was = old.get(x.name());
            String collate = x.collation() == null ? "" : " COLLATE " + x.collation();
            if (was == null) {
                actions.add("ADD ATTRIBUTE " + quote(x.name()) + " " + x.type() + collate);
            } else if (!was.equals(x)) {
                actions.add("ALTER ATTRIBUTE " + quote(x.name()) + " TYPE " + x.type() + collate);
            }
        }
        List<String> out = new ArrayList<>();
        if (!actions.isEmpty()) {
            out.add("ALTER TYPE " + name + " " + String.join(", ", actions) + ";");
        }
        out.addAll(Decorations.of("TYPE", name, decorations(b), decorations(a)));
        return Alteration.of(a.id(), out);
    }

    /** Whether dropping the removed attributes and appending the new ones gives the new order. */
    private static boolean keepsAttributeOrder(CompositeType b, CompositeType a) {
        List<String> now = a.attributes().stream().map(CompositeType.Attribute::name).toList();
        List<String> result = new ArrayList<>(b.attributes().stream().map(CompositeType.Attribute::name)
                .filter(now::contains).toList());
        now.stream().filter(n -> !result.contains(n)).toList().forEach(result::add);
        return result.equals(now);
    }

    private static Decorations.State decorations(CompositeType c) {
        return new Decorations.State(c.owner(), c.comment(), c.privileges());
    }
}
