package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.DefaultPrivileges;
import dev.retort.catalog.Grant;
import dev.retort.catalog.Privileges;
import java.util.ArrayList;
import java.util.List;

/**
 * A role's default privileges for one type of object, in one schema or everywhere: created by granting them,
 * dropped by taking them back to PostgreSQL's defaults, altered by the difference.
 */
final class DefaultPrivilegesKind implements Kind<DefaultPrivileges> {
    static final DefaultPrivilegesKind INSTANCE = new DefaultPrivilegesKind();

    @Override
    public Class<DefaultPrivileges> type() {
        return DefaultPrivileges.class;
    }

    @Override
    public List<String> create(DefaultPrivileges d) {
        return statements(d, Privileges.DEFAULT, d.privileges());
    }

    @Override
    public List<String> drop(DefaultPrivileges d) {
        return statements(d, d.privileges(), Privileges.DEFAULT);
    }

    @Override
    public Alteration alter(DefaultPrivileges b, DefaultPrivileges a, CatalogSnapshot from) {
        return Alteration.of(a.id(), statements(a, b.privileges(), a.privileges()));
    }

    /** ALTER DEFAULT PRIVILEGES statements taking {@code before} to {@code after}: revokes, then grants. */
    private static List<String> statements(DefaultPrivileges d, Privileges before, Privileges after) {
        Decorations.PrivilegeChange change = Decorations.PrivilegeChange.between(before, after);
        return statements(d, change.grant(), change.revoke());
    }

    private static List<String> statements(DefaultPrivileges d, List<Grant> grant, List<Grant> revoke) {
        String prefix = "ALTER DEFAULT PRIVILEGES FOR ROLE " + quote(d.role())
                + (d.schema() == null ? "" : " IN SCHEMA " + quote(d.schema())) + " ";
        String objects = switch (d.objectType()) {
            case "r" -> "TABLES";
            case "S" -> "SEQUENCES";
            case "f" -> "FUNCTIONS";
            case "T" -> "TYPES";
            default -> "SCHEMAS";
        };
        List<String> out = new ArrayList<>();
        Decorations.grantStatements(objects, revoke, true, "").forEach(s -> out.add(prefix + s));
        Decorations.grantStatements(objects, grant, false, "").forEach(s -> out.add(prefix + s));
        return out;
    }
}
