package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Rule;
import dev.retort.catalog.TriggerState;
import java.util.ArrayList;
import java.util.List;

/** Rewrite rules on tables and views, as {@code pg_get_ruledef} renders them; replaced in place when redefined. */
final class RuleKind implements Kind<Rule> {
    static final RuleKind INSTANCE = new RuleKind();

    @Override
    public Class<Rule> type() {
        return Rule.class;
    }

    @Override
    public List<String> create(Rule r) {
        List<String> out = new ArrayList<>();
        out.add(r.definition() + ";");
        if (r.enabled() != TriggerState.ORIGIN) {
            out.add(enable(r));
        }
        out.addAll(Decorations.comment(target(r), null, r.comment()));
        return out;
    }

    @Override
    public List<String> drop(Rule r) {
        return List.of("DROP " + target(r) + ";");
    }

    @Override
    public Alteration alter(Rule b, Rule a, CatalogSnapshot from) {
        List<String> out = new ArrayList<>();
        if (!b.definition().equals(a.definition())) {
            out.add(a.definition().replaceFirst("^CREATE RULE ", "CREATE OR REPLACE RULE ") + ";");
        }
        if (b.enabled() != a.enabled()) {
            out.add(enable(a));
        }
        out.addAll(Decorations.comment(target(a), b.comment(), a.comment()));
        return Alteration.of(a.id(), out);
    }

    /** Only a table's rules can be disabled: a view's stay enabled. */
    private static String enable(Rule r) {
        return "ALTER TABLE " + r.id().qualifiedTable() + " " + TriggerKind.enableClause(r.enabled()) + " RULE "
                + quote(r.name()) + ";";
    }

    private static String target(Rule r) {
        return "RULE " + quote(r.name()) + " ON " + r.id().qualifiedTable();
    }
}
