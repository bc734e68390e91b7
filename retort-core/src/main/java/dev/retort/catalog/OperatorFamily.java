package dev.retort.catalog;

import java.util.List;

/**
 * An operator family of an index access method.
 *
 * @param members the operators and functions added to the family itself (not through one of its classes), as
 *                {@code ALTER OPERATOR FAMILY ... ADD} takes them: {@code OPERATOR 1 public.<<(integer,integer)},
 *                {@code FUNCTION 1 (integer, integer) public.cmp(integer,integer)}
 */
public record OperatorFamily(String schema, String name, String method, List<String> members, String owner,
                             String comment) implements CatalogObject {
    public OperatorFamily {
        members = List.copyOf(members);
    }

    @Override
    public ObjectId id() {
        return ObjectId.routine(ObjectKind.OPERATOR_FAMILY, schema, name, method);
    }
}
