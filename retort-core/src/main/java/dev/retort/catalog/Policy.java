package dev.retort.catalog;

import java.util.List;

/**
 * A row-level-security policy.
 *
 * @param command the command it applies to
 * @param roles   role names, sorted; the empty string stands for PUBLIC
 */
public record Policy(String schema, String table, String name, boolean permissive, PolicyCommand command,
                     List<String> roles, String usingExpression, String checkExpression, String comment)
        implements CatalogObject {
    public Policy {
        roles = List.copyOf(roles);
    }

    @Override
    public ObjectId id() {
        return ObjectId.tablePart(ObjectKind.POLICY, schema, table, name);
    }
}
