package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Operators: the estimators, owner and comment change in place; anything else by a rebuild (ALTER OPERATOR sets
 * a commutator, negator, HASHES or MERGES only from PostgreSQL 17, and only where none was set).
 */
final class OperatorKind implements Kind<Operator> {
    static final OperatorKind INSTANCE = new OperatorKind();

    @Override
    public Class<Operator> type() {
        return Operator.class;
    }

    @Override
    public List<String> create(Operator o) {
        List<String> options = new ArrayList<>();
        options.add("FUNCTION = " + o.function());
        if (!o.leftType().equals("NONE")) {
            options.add("LEFTARG = " + o.leftType());
        }
        options.add("RIGHTARG = " + o.rightType());
        if (o.commutator() != null) {
            options.add("COMMUTATOR = " + o.commutator());
        }
        if (o.negator() != null) {
            options.add("NEGATOR = " + o.negator());
        }
        if (o.restrict() != null) {
            options.add("RESTRICT = " + o.restrict());
        }
        if (o.join() != null) {
            options.add("JOIN = " + o.join());
        }
        if (o.hashes()) {
            options.add("HASHES");
        }
        if (o.merges()) {
            options.add("MERGES");
        }
        List<String> out = new ArrayList<>();
        out.add("CREATE OPERATOR " + quote(o.schema()) + "." + o.name() + " (\n    " + String.join(",\n    ", options) + "\n);");
        out.addAll(Decorations.owner("OPERATOR", o.signature(), null, o.owner()));
        out.addAll(Decorations.comment("OPERATOR " + o.signature(), null, o.comment()));
        return out;
    }

    @Override
    public List<String> drop(Operator o) {
        return List.of("DROP OPERATOR " + o.signature() + ";");
    }

    @Override
    public Alteration alter(Operator b, Operator a, CatalogSnapshot from) {
        if (!b.function().equals(a.function()) || !Objects.equals(b.commutator(), a.commutator())
                || !Objects.equals(b.negator(), a.negator()) || b.hashes() != a.hashes() || b.merges() != a.merges()) {
            return Alteration.REBUILD;
        }
        List<String> set = new ArrayList<>();
        if (!Objects.equals(b.restrict(), a.restrict())) {
            set.add("RESTRICT = " + (a.restrict() == null ? "NONE" : a.restrict()));
        }
        if (!Objects.equals(b.join(), a.join())) {
            set.add("JOIN = " + (a.join() == null ? "NONE" : a.join()));
        }
        List<String> out = new ArrayList<>();
        if (!set.isEmpty()) {
            out.add("ALTER OPERATOR " + a.signature() + " SET (" + String.join(", ", set) + ");");
        }
        out.addAll(Decorations.owner("OPERATOR", a.signature(), b.owner(), a.owner()));
        out.addAll(Decorations.comment("OPERATOR " + a.signature(), b.comment(), a.comment()));
        return Alteration.of(a.id(), out);
    }
}
