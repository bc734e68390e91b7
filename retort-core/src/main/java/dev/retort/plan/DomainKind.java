package dev.retort.plan;

import static dev.retort.catalog.Identifiers.qualify;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Domain;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Domains: default, NOT NULL and checks change in place (a changed check is dropped and added again); a new base
 * type or collation rebuilds the domain and what uses it.
 */
final class DomainKind implements Kind<Domain> {
    static final DomainKind INSTANCE = new DomainKind();

    @Override
    public Class<Domain> type() {
        return Domain.class;
    }

    /** What it holds, its values in columns that use it, goes with it. */
    @Override
    public Set<Hazard> dropHazards(Domain object) {
        return EnumSet.of(Hazard.DATA_LOSS);
    }

    @Override
    public List<String> create(Domain d) {
        String name = qualify(d.schema(), d.name());
        StringBuilder sb = new StringBuilder("CREATE DOMAIN ").append(name).append(" AS ").append(d.baseType());
        if (d.collation() != null) {
            sb.append(" COLLATE ").append(d.collation());
        }
        if (d.defaultExpression() != null) {
            sb.append(" DEFAULT ").append(d.defaultExpression());
        }
        if (d.notNull()) {
            sb.append(" NOT NULL");
        }
        List<String> notValid = new ArrayList<>();
        for (Domain.Check check : d.checks()) {
            // CREATE DOMAIN takes no NOT VALID; such checks are added afterwards.
            if (check.definition().endsWith(" NOT VALID")) {
                notValid.add("ALTER DOMAIN " + name + " ADD CONSTRAINT " + quote(check.name()) + " "
                        + check.definition() + ";");
            } else {
                sb.append("\n    CONSTRAINT ").append(quote(check.name())).append(' ').append(check.definition());
            }
        }
        List<String> out = new ArrayList<>();
        out.add(sb.append(';').toString());
        out.addAll(notValid);
        for (Domain.Check check : d.checks()) {
            out.addAll(Decorations.comment(checkTarget(check, name), null, check.comment()));
        }
        out.addAll(Decorations.of("DOMAIN", name, Decorations.State.NONE, decorations(d)));
        return out;
    }

    @Override
    public List<String> drop(Domain d) {
        return List.of("DROP DOMAIN " + d.id().qualifiedName() + ";");
    }

    @Override
    public Alteration alter(Domain b, Domain a, CatalogSnapshot from) {
        if (!b.baseType().equals(a.baseType()) || !Objects.equals(b.collation(), a.collation())) {
            return Alteration.REBUILD;
        }
        String name = qualify(a.schema(), a.name());
        List<String> out = new ArrayList<>();
        if (!Objects.equals(b.defaultExpression(), a.defaultExpression())) {
            out.add("ALTER DOMAIN " + name + (a.defaultExpression() == null ? " DROP DEFAULT;"
                    : " SET DEFAULT " + a.defaultExpression() + ";"));
        }
        if (b.notNull() != a.notNull()) {
            out.add("ALTER DOMAIN " + name + (a.notNull() ? " SET NOT NULL;" : " DROP NOT NULL;"));
        }
        Map<String, Domain.Check> old = new LinkedHashMap<>();
        b.checks().forEach(c -> old.put(c.name(), c));
        Map<String, Domain.Check> now = new LinkedHashMap<>();
        a.checks().forEach(c -> now.put(c.name(), c));
        old.forEach((n, c) -> {
            if (!now.containsKey(n) || !c.definition().equals(now.get(n).definition())) {
                out.add("ALTER DOMAIN " + name + " DROP CONSTRAINT " + quote(n) + ";");
            }
        });
        now.forEach((n, c) -> {
            if (!old.containsKey(n) || !c.definition().equals(old.get(n).definition())) {
                out.add("ALTER DOMAIN " + name + " ADD CONSTRAINT " + quote(n) + " " + c.definition() + ";");
            }
        });
        for (Domain.Check c : a.checks()) {
            Domain.Check was = old.get(c.name());
            // A re-added check starts without a comment.
            String before = was != null && was.definition().equals(c.definition()) ? was.comment() : null;
            out.addAll(Decorations.comment(checkTarget(c, name), before, c.comment()));
        }
        out.addAll(Decorations.of("DOMAIN", name, decorations(b), decorations(a)));
        return Alteration.of(a.id(), out);
    }

    private static String checkTarget(Domain.Check check, String domain) {
        return "CONSTRAINT " + quote(check.name()) + " ON DOMAIN " + domain;
    }

    private static Decorations.State decorations(Domain d) {
        return new Decorations.State(d.owner(), d.comment(), d.privileges());
    }
}
