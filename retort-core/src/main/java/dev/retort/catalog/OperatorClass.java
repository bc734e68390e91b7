package dev.retort.catalog;

import java.util.List;

/**
 * An operator class: how an index access method handles one type.
 *
 * @param type    the indexed type
 * @param family  the family it belongs to, qualified
 * @param storage the type stored in the index when it differs ({@code STORAGE}), or null
 * @param members its operators and functions, written as in {@link OperatorFamily#members()}
 */
public record OperatorClass(String schema, String name, String method, String type, boolean isDefault,
                            String family, String storage, List<String> members, String owner, String comment)
        implements CatalogObject {
    public OperatorClass {
        members = List.copyOf(members);
    }

    @Override
    public ObjectId id() {
        return ObjectId.routine(ObjectKind.OPERATOR_CLASS, schema, name, method);
    }
}
