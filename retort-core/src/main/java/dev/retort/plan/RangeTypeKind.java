package dev.retort.plan;

import static dev.retort.catalog.Identifiers.qualify;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Privileges;
import dev.retort.catalog.RangeType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Range types (and their multirange): only decorations change in place, any other change rebuilds. */
final class RangeTypeKind implements Kind<RangeType> {
    static final RangeTypeKind INSTANCE = new RangeTypeKind();

    @Override
    public Class<RangeType> type() {
        return RangeType.class;
    }

    /** What it holds, its values in columns that use it, goes with it. */
    @Override
    public Set<Hazard> dropHazards(RangeType object) {
        return EnumSet.of(Hazard.DATA_LOSS);
    }

    @Override
    public List<String> create(RangeType r) {
        String name = qualify(r.schema(), r.name());
        List<String> parts = new ArrayList<>(List.of("SUBTYPE = " + r.subtype()));
        if (r.subtypeOpclass() != null) {
            parts.add("SUBTYPE_OPCLASS = " + r.subtypeOpclass());
        }
        if (r.collation() != null) {
            parts.add("COLLATION = " + r.collation());
        }
        if (r.canonical() != null) {
            parts.add("CANONICAL = " + r.canonical());
        }
        if (r.subtypeDiff() != null) {
            parts.add("SUBTYPE_DIFF = " + r.subtypeDiff());
        }
        if (r.multirangeName() != null) {
            parts.add("MULTIRANGE_TYPE_NAME = " + r.multirangeName());
        }
        List<String> out = new ArrayList<>();
        out.add("CREATE TYPE " + name + " AS RANGE (" + String.join(", ", parts) + ");");
        out.addAll(Decorations.of("TYPE", name, Decorations.State.NONE, decorations(r)));
        return out;
    }

    @Override
    public List<String> drop(RangeType r) {
        return List.of("DROP TYPE " + r.id().qualifiedName() + ";");
    }

    @Override
    public Alteration alter(RangeType b, RangeType a, CatalogSnapshot from) {
        if (!undecorated(b).equals(undecorated(a))) {
            return Alteration.REBUILD;
        }
        return Alteration.of(a.id(), Decorations.of("TYPE", qualify(a.schema(), a.name()), decorations(b),
                decorations(a)));
    }

    private static RangeType undecorated(RangeType r) {
        return new RangeType(r.schema(), r.name(), r.subtype(), r.subtypeOpclass(), r.collation(), r.canonical(),
                r.subtypeDiff(), r.multirangeName(), null, Privileges.DEFAULT, null);
    }

    private static Decorations.State decorations(RangeType r) {
        return new Decorations.State(r.owner(), r.comment(), r.privileges());
    }
}
