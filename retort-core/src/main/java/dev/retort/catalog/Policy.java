package dev.retort.catalog;

import java.util.List;

/**
 * A row-level-security policy.
 *
 * @param command {@code *} all, {@code r} select, {@code a} insert, {@code w} update, {@code d} delete
 * @param roles   role names, sorted; the empty string stands for PUBLIC
 */
public record Policy(String schema, String table, String name, boolean permissive, String command,
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
