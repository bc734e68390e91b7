package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Row-level-security policies; roles and expressions change in place, the command and type by a rebuild. */
final class PolicyKind implements Kind<Policy> {
    static final PolicyKind INSTANCE = new PolicyKind();

    @Override
    public Class<Policy> type() {
        return Policy.class;
    }

    @Override
    public List<String> create(Policy p) {
        StringBuilder sb = new StringBuilder("CREATE POLICY ").append(target(p))
                .append("\n    AS ").append(p.permissive() ? "PERMISSIVE" : "RESTRICTIVE")
                .append("\n    FOR ").append(p.command())
                .append("\n    TO ").append(roles(p));
        if (p.usingExpression() != null) {
            sb.append("\n    USING (").append(p.usingExpression()).append(')');
        }
        if (p.checkExpression() != null) {
            sb.append("\n    WITH CHECK (").append(p.checkExpression()).append(')');
        }
        List<String> out = new ArrayList<>();
        out.add(sb.append(';').toString());
        out.addAll(Decorations.comment("POLICY " + target(p), null, p.comment()));
        return out;
    }

    @Override
    public List<String> drop(Policy p) {
        return List.of("DROP POLICY " + target(p) + ";");
    }

    /** ALTER POLICY cannot remove an expression, nor change the command or whether it is permissive. */
    @Override
    public Alteration alter(Policy b, Policy a, CatalogSnapshot from) {
        boolean expressionRemoved = (b.usingExpression() != null && a.usingExpression() == null)
                || (b.checkExpression() != null && a.checkExpression() == null);
        if (b.permissive() != a.permissive() || b.command() != a.command() || expressionRemoved) {
            return Alteration.REBUILD;
        }
        StringBuilder sb = new StringBuilder();
        if (!b.roles().equals(a.roles())) {
            sb.append("\n    TO ").append(roles(a));
        }
        if (!Objects.equals(b.usingExpression(), a.usingExpression())) {
            sb.append("\n    USING (").append(a.usingExpression()).append(')');
        }
        if (!Objects.equals(b.checkExpression(), a.checkExpression())) {
            sb.append("\n    WITH CHECK (").append(a.checkExpression()).append(')');
        }
        List<String> out = new ArrayList<>();
        if (sb.length() > 0) {
            out.add("ALTER POLICY " + target(a) + sb + ";");
        }
        out.addAll(Decorations.comment("POLICY " + target(a), b.comment(), a.comment()));
        return Alteration.of(a.id(), out);
    }

    private static String target(Policy p) {
        return quote(p.name()) + " ON " + p.id().qualifiedTable();
    }

    /** The empty role name stands for PUBLIC. */
    private static String roles(Policy p) {
        return p.roles().stream().map(r -> r.isEmpty() ? "PUBLIC" : quote(r)).collect(Collectors.joining(", "));
    }
}
