package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.OperatorClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Operator classes: always created into their named family (which the plan creates first); only the owner and
 * comment change in place, anything else rebuilds the class and the indexes that use it.
 */
final class OperatorClassKind implements Kind<OperatorClass> {
    static final OperatorClassKind INSTANCE = new OperatorClassKind();

    @Override
    public Class<OperatorClass> type() {
        return OperatorClass.class;
    }

    @Override
    public List<String> create(OperatorClass c) {
        List<String> items = new ArrayList<>(c.members());
        if (c.storage() != null) {
            items.add("STORAGE " + c.storage());
        }
        List<String> out = new ArrayList<>();
        out.add("CREATE OPERATOR CLASS " + c.id().qualifiedName() + (c.isDefault() ? " DEFAULT" : "") + " FOR TYPE "
                + c.type() + " USING " + quote(c.method()) + " FAMILY " + c.family() + " AS\n    "
                + String.join(",\n    ", items) + ";");
        out.addAll(Decorations.owner("OPERATOR CLASS", target(c), null, c.owner()));
        out.addAll(Decorations.comment("OPERATOR CLASS " + target(c), null, c.comment()));
        return out;
    }

    @Override
    public List<String> drop(OperatorClass c) {
        return List.of("DROP OPERATOR CLASS " + target(c) + ";");
    }

    @Override
    public Alteration alter(OperatorClass b, OperatorClass a, CatalogSnapshot from) {
        if (!b.equals(new OperatorClass(a.schema(), a.name(), a.method(), a.type(), a.isDefault(), a.family(),
                a.storage(), a.members(), b.owner(), b.comment()))) {
            return Alteration.REBUILD;
        }
        List<String> out = new ArrayList<>();
        out.addAll(Decorations.owner("OPERATOR CLASS", target(a), b.owner(), a.owner()));
        out.addAll(Decorations.comment("OPERATOR CLASS " + target(a), b.comment(), a.comment()));
        return Alteration.of(a.id(), out);
    }

    private static String target(OperatorClass c) {
        return c.id().qualifiedName() + " USING " + quote(c.method());
    }
}
