package dev.retort.plan;

import static dev.retort.catalog.Identifiers.literal;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.Grant;
import dev.retort.catalog.Privileges;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Owner, comment and grants of an object, written once for every kind: creating an object is changing its
 * decorations from nothing (no owner but the migrating role, no comment, default privileges).
 */
final class Decorations {
    private Decorations() {
    }

    /** The decorations an object has; {@link #NONE} before it is created. */
    record State(String owner, String comment, Privileges privileges) {
        static final State NONE = new State(null, null, Privileges.DEFAULT);
    }

    /**
     * Owner, comment and grants of an object that all three name {@code keyword name} (types, domains, views),
     * in that order, for create ({@code before} = {@link State#NONE}) and alter alike.
     */
    static List<String> of(String keyword, String name, State before, State after) {
        List<String> out = new ArrayList<>(owner(keyword, name, before.owner(), after.owner()));
        out.addAll(comment(keyword + " " + name, before.comment(), after.comment()));
        out.addAll(privileges(keyword + " " + name, before.privileges(), after.privileges()));
        return out;
    }

    /** Sets a comment whatever it was (a column dropped and added again has none). */
    static String commentSet(String target, String comment) {
        return "COMMENT ON " + target + " IS " + (comment == null ? "NULL" : literal(comment)) + ";";
    }

    /** A null owner is the role running the migration (see {@code InspectionScope}). */
    static List<String> owner(String keyword, String name, String before, String after) {
        if (Objects.equals(before, after)) {
            return List.of();
        }
        return List.of("ALTER " + keyword + " " + name + " OWNER TO " + (after == null ? "CURRENT_USER"
                : quote(after)) + ";");
    }

    static List<String> comment(String target, String before, String after) {
        if (Objects.equals(before, after)) {
            return List.of();
        }
        return List.of("COMMENT ON " + target + " IS " + (after == null ? "NULL" : literal(after)) + ";");
    }

    /** Revokes first: a table-level REVOKE also revokes the privilege on every column. */
    static List<String> privileges(String target, Privileges before, Privileges after) {
        PrivilegeChange change = PrivilegeChange.between(before, after);
        List<String> out = new ArrayList<>(grantStatements(target, change.revoke(), true, ""));
        out.addAll(grantStatements(target, change.grant(), false, ""));
        return out;
    }

    /**
     * Column privileges: each privilege carries its own column list, since in {@code GRANT SELECT, UPDATE (c)} the
     * list binds to UPDATE alone and SELECT would be granted on the whole table.
     */
    static List<String> columnPrivileges(String target, String column, Privileges before, Privileges after) {
        PrivilegeChange change = PrivilegeChange.between(before, after);
        String columns = " (" + quote(column) + ")";
        List<String> out = new ArrayList<>(grantStatements(target, change.revoke(), true, columns));
        out.addAll(grantStatements(target, change.grant(), false, columns));
        return out;
    }

    /** One GRANT (or REVOKE) per grantee and grant option, privileges in a stable order. */
    static List<String> grantStatements(String target, List<Grant> grants, boolean revoke, String columns) {
        Map<String, List<Grant>> byGrantee = new LinkedHashMap<>();
        for (Grant g : grants) {
            byGrantee.computeIfAbsent(g.granteeSql() + (g.grantable() && !revoke ? "\u0000" : ""),
                    k -> new ArrayList<>()).add(g);
        }
        List<String> out = new ArrayList<>();
        byGrantee.forEach((key, list) -> {
            String privileges = list.stream().map(g -> g.privilege() + columns).distinct()
                    .collect(Collectors.joining(", "));
            Grant first = list.get(0);
            out.add(revoke
                    ? "REVOKE " + privileges + " ON " + target + " FROM " + first.granteeSql() + ";"
                    : "GRANT " + privileges + " ON " + target + " TO " + first.granteeSql()
                    + (first.grantable() ? " WITH GRANT OPTION" : "") + ";");
        });
        return out;
    }

    /** What to grant and revoke to go from one set of privileges to another. */
    record PrivilegeChange(List<Grant> grant, List<Grant> revoke) {
        static PrivilegeChange between(Privileges before, Privileges after) {
            List<Grant> grant = new ArrayList<>();
            List<Grant> revoke = new ArrayList<>();
            after.granted().stream().filter(g -> !before.granted().contains(g)).forEach(grant::add);
            before.revoked().stream().filter(g -> !after.revoked().contains(g)).forEach(grant::add);
            before.granted().stream().filter(g -> !after.granted().contains(g)).forEach(revoke::add);
            after.revoked().stream().filter(g -> !before.revoked().contains(g)).forEach(revoke::add);
            return new PrivilegeChange(grant, revoke);
        }
    }
}
