package dev.retort.plan;

import static dev.retort.catalog.Identifiers.literal;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Collation;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Collations: PostgreSQL changes only their owner and comment in place. Anything else is a drop and a create, which
 * the planner refuses while columns or domains use the collation (they would have to be dropped with it).
 */
final class CollationKind implements Kind<Collation> {
    static final CollationKind INSTANCE = new CollationKind();
    private static final Set<ObjectKind> HOLDS_DATA = Set.of(ObjectKind.TABLE, ObjectKind.DOMAIN,
            ObjectKind.COMPOSITE_TYPE, ObjectKind.RANGE_TYPE);

    @Override
    public Class<Collation> type() {
        return Collation.class;
    }

    @Override
    public List<String> create(Collation c) {
        List<String> options = new ArrayList<>();
        options.add("provider = " + c.provider());
        if (c.provider().equals("libc")) {
            options.add("lc_collate = " + literal(c.lcCollate()));
            options.add("lc_ctype = " + literal(c.lcCtype()));
        } else {
            options.add("locale = " + literal(c.locale()));
        }
        if (c.icuRules() != null) {
            options.add("rules = " + literal(c.icuRules()));
        }
        if (!c.deterministic()) {
            options.add("deterministic = false");
        }
        List<String> out = new ArrayList<>();
        out.add("CREATE COLLATION " + c.id().qualifiedName() + " (" + String.join(", ", options) + ");");
        out.addAll(Decorations.owner("COLLATION", c.id().qualifiedName(), null, c.owner()));
        out.addAll(Decorations.comment("COLLATION " + c.id().qualifiedName(), null, c.comment()));
        return out;
    }

    @Override
    public List<String> drop(Collation c) {
        return List.of("DROP COLLATION " + c.id().qualifiedName() + ";");
    }

    @Override
    public Alteration alter(Collation b, Collation a, CatalogSnapshot from) {
        if (!sameDefinition(b, a)) {
            List<String> users = from.dependencies().dependentsOf(b.id()).stream()
                    .filter(id -> from.contains(id) && HOLDS_DATA.contains(id.kind())).map(ObjectId::toString)
                    .toList();
            if (!users.isEmpty()) {
                throw new PlanException(b.id() + " changes its definition, which PostgreSQL cannot alter, and"
                        + " dropping it to create it again would drop what uses it: " + String.join(", ", users)
                        + "; create a collation under a new name and move the columns to it instead");
            }
            return Alteration.REBUILD;
        }
        List<String> out = new ArrayList<>();
        out.addAll(Decorations.owner("COLLATION", a.id().qualifiedName(), b.owner(), a.owner()));
        out.addAll(Decorations.comment("COLLATION " + a.id().qualifiedName(), b.comment(), a.comment()));
        return Alteration.of(a.id(), out);
    }

    private static boolean sameDefinition(Collation b, Collation a) {
        return b.equals(new Collation(a.schema(), a.name(), a.provider(), a.lcCollate(), a.lcCtype(), a.locale(),
                a.icuRules(), a.deterministic(), b.owner(), b.comment()));
    }
}
