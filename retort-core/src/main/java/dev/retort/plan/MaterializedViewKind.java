package dev.retort.plan;

import static dev.retort.catalog.Identifiers.qualify;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.MaterializedView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Materialized views: only decorations change in place; a new query, storage or column rebuilds one. */
final class MaterializedViewKind implements Kind<MaterializedView> {
    static final MaterializedViewKind INSTANCE = new MaterializedViewKind();

    @Override
    public Class<MaterializedView> type() {
        return MaterializedView.class;
    }

    @Override
    public List<String> create(MaterializedView m) {
        String name = qualify(m.schema(), m.name());
        List<String> out = new ArrayList<>();
        out.add("CREATE MATERIALIZED VIEW " + name + (m.accessMethod() == null ? "" : " USING "
                + quote(m.accessMethod())) + Relations.with(m.options()) + " AS\n" + m.definition()
                + (m.populated() ? "\nWITH DATA;" : "\nWITH NO DATA;"));
        out.addAll(Relations.created("MATERIALIZED VIEW", name, decorations(m), m.columns()));
        return out;
    }

    @Override
    public List<String> drop(MaterializedView m) {
        return List.of("DROP MATERIALIZED VIEW " + m.id().qualifiedName() + ";");
    }

    @Override
    public Alteration alter(MaterializedView b, MaterializedView a, CatalogSnapshot from) {
        if (!b.definition().equals(a.definition()) || !b.options().equals(a.options())
                || b.populated() != a.populated() || !Objects.equals(b.accessMethod(), a.accessMethod())
                || !Relations.sameColumnShapes(b.columns(), a.columns())) {
            return Alteration.REBUILD;
        }
        return Alteration.of(a.id(), Relations.altered("MATERIALIZED VIEW", qualify(a.schema(), a.name()),
                decorations(b), decorations(a), b.columns(), a.columns()));
    }

    private static Decorations.State decorations(MaterializedView m) {
        return new Decorations.State(m.owner(), m.comment(), m.privileges());
    }
}
