package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.OperatorFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Operator families: their own members are added and dropped in place; the access method is a rebuild. */
final class OperatorFamilyKind implements Kind<OperatorFamily> {
    static final OperatorFamilyKind INSTANCE = new OperatorFamilyKind();
    /** A member's number and operand types, e.g. {@code OPERATOR 1 public.<<(integer,integer)}. */
    private static final Pattern OPERATOR = Pattern.compile("^OPERATOR (\\d+) .*?\\(([^()]*)\\)(?: FOR ORDER BY .*)?$");
    private static final Pattern FUNCTION = Pattern.compile("^FUNCTION (\\d+) \\(([^()]*)\\) .*$");

    @Override
    public Class<OperatorFamily> type() {
        return OperatorFamily.class;
    }

    @Override
    public List<String> create(OperatorFamily f) {
        List<String> out = new ArrayList<>();
        out.add("CREATE OPERATOR FAMILY " + target(f) + ";");
        if (!f.members().isEmpty()) {
            out.add("ALTER OPERATOR FAMILY " + target(f) + " ADD\n    " + String.join(",\n    ", f.members()) + ";");
        }
        out.addAll(Decorations.owner("OPERATOR FAMILY", target(f), null, f.owner()));
        out.addAll(Decorations.comment("OPERATOR FAMILY " + target(f), null, f.comment()));
        return out;
    }

    @Override
    public List<String> drop(OperatorFamily f) {
        return List.of("DROP OPERATOR FAMILY " + target(f) + ";");
    }

    @Override
    public Alteration alter(OperatorFamily b, OperatorFamily a, CatalogSnapshot from) {
        List<String> out = new ArrayList<>();
        List<String> removed = b.members().stream().filter(m -> !a.members().contains(m)).toList();
        List<String> added = a.members().stream().filter(m -> !b.members().contains(m)).toList();
        if (!removed.isEmpty()) {
            out.add("ALTER OPERATOR FAMILY " + target(a) + " DROP\n    "
                    + String.join(",\n    ", removed.stream().map(OperatorFamilyKind::dropItem).toList()) + ";");
        }
        if (!added.isEmpty()) {
            out.add("ALTER OPERATOR FAMILY " + target(a) + " ADD\n    " + String.join(",\n    ", added) + ";");
        }
        out.addAll(Decorations.owner("OPERATOR FAMILY", target(a), b.owner(), a.owner()));
        out.addAll(Decorations.comment("OPERATOR FAMILY " + target(a), b.comment(), a.comment()));
        return Alteration.of(a.id(), out);
    }

    /** {@code OPERATOR 1 (integer, integer)}: how ALTER OPERATOR FAMILY ... DROP names a member. */
    static String dropItem(String member) {
        Matcher m = OPERATOR.matcher(member);
        if (m.matches()) {
            return "OPERATOR " + m.group(1) + " (" + m.group(2).replace(",", ", ") + ")";
        }
        m = FUNCTION.matcher(member);
        if (m.matches()) {
            return "FUNCTION " + m.group(1) + " (" + m.group(2) + ")";
        }
        throw new IllegalStateException("not an operator family member: " + member);
    }

    private static String target(OperatorFamily f) {
        return f.id().qualifiedName() + " USING " + quote(f.method());
    }
}
