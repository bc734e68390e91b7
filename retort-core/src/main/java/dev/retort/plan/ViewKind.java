package dev.retort.plan;

import static dev.retort.catalog.Identifiers.qualify;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Views, as {@code pg_get_viewdef} renders them. {@code CREATE OR REPLACE VIEW} changes one in place as long as the
 * old columns stay the first ones, by name and type; anything else rebuilds it and what reads it.
 */
final class ViewKind implements Kind<View> {
    static final ViewKind INSTANCE = new ViewKind();

    @Override
    public Class<View> type() {
        return View.class;
    }

    @Override
    public List<String> create(View v) {
        String name = qualify(v.schema(), v.name());
        List<String> out = new ArrayList<>();
        out.add("CREATE VIEW " + name + Relations.with(v.options()) + " AS\n" + v.definition() + ";");
        out.addAll(Relations.created("VIEW", name, decorations(v), v.columns()));
        return out;
    }

    @Override
    public List<String> drop(View v) {
        return List.of("DROP VIEW " + v.id().qualifiedName() + ";");
    }

    @Override
    public Alteration alter(View b, View a, CatalogSnapshot from) {
        String name = qualify(a.schema(), a.name());
        List<String> out = new ArrayList<>();
        if (!b.definition().equals(a.definition()) || !Relations.sameColumnShapes(b.columns(), a.columns())) {
            if (!Relations.isPrefix(b.columns(), a.columns())) {
                return Alteration.REBUILD;
            }
            out.add("CREATE OR REPLACE VIEW " + name + Relations.with(a.options()) + " AS\n" + a.definition() + ";");
            // CREATE OR REPLACE sets the options it names and keeps the others: those that go are reset.
            if (!b.options().equals(a.options())) {
                Map<String, String> after = Relations.optionMap(a.options());
                List<String> reset = Relations.optionMap(b.options()).keySet().stream()
                        .filter(k -> !after.containsKey(k)).toList();
                if (!reset.isEmpty()) {
                    out.add("ALTER VIEW " + name + " RESET (" + String.join(", ", reset) + ");");
                }
            }
        } else {
            out.addAll(Relations.options("ALTER VIEW " + name + " ", b.options(), a.options()));
        }
        out.addAll(Relations.altered("VIEW", name, decorations(b), decorations(a), b.columns(), a.columns()));
        return Alteration.of(a.id(), out);
    }

    private static Decorations.State decorations(View v) {
        return new Decorations.State(v.owner(), v.comment(), v.privileges());
    }
}
