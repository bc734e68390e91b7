package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.AccessMethod;
import dev.retort.catalog.CatalogSnapshot;
import java.util.ArrayList;
import java.util.List;

/** Access methods: no ALTER but for the comment; a new type or handler is a rebuild. */
final class AccessMethodKind implements Kind<AccessMethod> {
    static final AccessMethodKind INSTANCE = new AccessMethodKind();

    @Override
    public Class<AccessMethod> type() {
        return AccessMethod.class;
    }

    /** The handler is named without its argument list ({@code internal}), as CREATE ACCESS METHOD takes it. */
    @Override
    public List<String> create(AccessMethod a) {
        List<String> out = new ArrayList<>();
        out.add("CREATE ACCESS METHOD " + quote(a.name()) + " TYPE " + a.type() + " HANDLER "
                + a.handler().replaceFirst("\\(internal\\)$", "") + ";");
        out.addAll(Decorations.comment("ACCESS METHOD " + quote(a.name()), null, a.comment()));
        return out;
    }

    @Override
    public List<String> drop(AccessMethod a) {
        return List.of("DROP ACCESS METHOD " + quote(a.name()) + ";");
    }

    @Override
    public Alteration alter(AccessMethod b, AccessMethod a, CatalogSnapshot from) {
        if (b.type() != a.type() || !b.handler().equals(a.handler())) {
            return Alteration.REBUILD;
        }
        return Alteration.of(a.id(), Decorations.comment("ACCESS METHOD " + quote(a.name()), b.comment(),
                a.comment()));
    }
}
