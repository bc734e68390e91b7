package dev.retort.plan;

import static dev.retort.catalog.Identifiers.literal;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.EventTrigger;
import dev.retort.catalog.TriggerState;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Event triggers: database-wide, no schema; the event, tags and function can only change by a rebuild. */
final class EventTriggerKind implements Kind<EventTrigger> {
    static final EventTriggerKind INSTANCE = new EventTriggerKind();

    @Override
    public Class<EventTrigger> type() {
        return EventTrigger.class;
    }

    @Override
    public List<String> create(EventTrigger e) {
        StringBuilder sb = new StringBuilder("CREATE EVENT TRIGGER ").append(quote(e.name())).append(" ON ")
                .append(quote(e.event()));
        if (!e.tags().isEmpty()) {
            sb.append("\n    WHEN TAG IN (").append(e.tags().stream().map(t -> literal(t))
                    .collect(Collectors.joining(", "))).append(')');
        }
        List<String> out = new ArrayList<>();
        out.add(sb.append("\n    EXECUTE FUNCTION ").append(e.functionName()).append("();").toString());
        if (e.enabled() != TriggerState.ORIGIN) {
            out.add(enable(e));
        }
        out.addAll(Decorations.owner("EVENT TRIGGER", quote(e.name()), null, e.owner()));
        out.addAll(Decorations.comment("EVENT TRIGGER " + quote(e.name()), null, e.comment()));
        return out;
    }

    @Override
    public List<String> drop(EventTrigger e) {
        return List.of("DROP EVENT TRIGGER " + quote(e.name()) + ";");
    }

    @Override
    public Alteration alter(EventTrigger b, EventTrigger a, CatalogSnapshot from) {
        if (!b.event().equals(a.event()) || !b.functionName().equals(a.functionName())
                || !b.tags().equals(a.tags())) {
            return Alteration.REBUILD;
        }
        List<String> out = new ArrayList<>();
        if (b.enabled() != a.enabled()) {
            out.add(enable(a));
        }
        out.addAll(Decorations.owner("EVENT TRIGGER", quote(a.name()), b.owner(), a.owner()));
        out.addAll(Decorations.comment("EVENT TRIGGER " + quote(a.name()), b.comment(), a.comment()));
        return Alteration.of(a.id(), out);
    }

    private static String enable(EventTrigger e) {
        return "ALTER EVENT TRIGGER " + quote(e.name()) + " " + TriggerKind.enableClause(e.enabled()) + ";";
    }
}
