package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Trigger;
import dev.retort.catalog.TriggerState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Triggers on tables and views, as {@code pg_get_triggerdef} renders them, with their enabled state. */
final class TriggerKind implements Kind<Trigger> {
    static final TriggerKind INSTANCE = new TriggerKind();
    private static final Pattern CONSTRAINT_TRIGGER = Pattern.compile("^CREATE CONSTRAINT TRIGGER ");

    @Override
    public Class<Trigger> type() {
        return Trigger.class;
    }

    @Override
    public List<String> create(Trigger t) {
        List<String> out = new ArrayList<>();
        out.add(t.definition() + ";");
        if (t.enabled() != TriggerState.ORIGIN) {
            out.add(enable(t));
        }
        out.addAll(Decorations.comment(target(t), null, t.comment()));
        return out;
    }

    @Override
    public List<String> drop(Trigger t) {
        return List.of("DROP TRIGGER " + quote(t.name()) + " ON " + t.id().qualifiedTable() + ";");
    }

    /** A new definition is replaced in place from PostgreSQL 14 on, except for constraint triggers. */
    @Override
    public Alteration alter(Trigger b, Trigger a, CatalogSnapshot from) {
        List<String> out = new ArrayList<>();
        if (!b.definition().equals(a.definition())) {
            if (from.majorVersion() < 14 || CONSTRAINT_TRIGGER.matcher(a.definition()).find()
                    || CONSTRAINT_TRIGGER.matcher(b.definition()).find()) {
                return Alteration.REBUILD;
            }
            out.add(a.definition().replaceFirst("^CREATE TRIGGER ", "CREATE OR REPLACE TRIGGER ") + ";");
        }
        if (b.enabled() != a.enabled()) {
            out.add(enable(a));
        }
        out.addAll(Decorations.comment(target(a), b.comment(), a.comment()));
        return Alteration.of(a.id(), out);
    }

    private static String enable(Trigger t) {
        return "ALTER TABLE " + t.id().qualifiedTable() + " " + enableClause(t.enabled()) + " TRIGGER "
                + quote(t.name()) + ";";
    }

    /** The words that put a trigger or event trigger in a state ({@code ALTER ... <words> [TRIGGER name]}). */
    static String enableClause(TriggerState state) {
        return switch (state) {
            case ORIGIN -> "ENABLE";
            case DISABLED -> "DISABLE";
            case REPLICA -> "ENABLE REPLICA";
            case ALWAYS -> "ENABLE ALWAYS";
        };
    }

    private static String target(Trigger t) {
        return "TRIGGER " + quote(t.name()) + " ON " + t.id().qualifiedTable();
    }
}
