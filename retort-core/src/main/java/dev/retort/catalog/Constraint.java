package dev.retort.catalog;

import java.util.List;

/**
 * A table constraint: primary key, unique, foreign key, check or exclusion, as {@code pg_get_constraintdef}
 * renders it (so NOT VALID, NO INHERIT, NULLS NOT DISTINCT, DEFERRABLE and FK actions are in the definition).
 *
 * The index of a primary key, unique or exclusion constraint is part of it: its storage parameters and tablespace
 * are in the definition ({@link #withIndexParameters}), its comment is {@code indexComment}.
 *
 * @param type primary key, unique, foreign key, check or exclusion
 */
public record Constraint(String schema, String table, String name, ConstraintType type, String definition,
                         String comment, String indexComment) implements CatalogObject {
    public Constraint(String schema, String table, String name, ConstraintType type, String definition,
                      String comment) {
        this(schema, table, name, type, definition, comment, null);
    }

    /**
     * {@code pg_get_constraintdef}'s text with the index parameters it leaves out ({@code WITH (...)},
     * {@code USING INDEX TABLESPACE}), where the grammar wants them: before a WHERE or DEFERRABLE, else at the end.
     */
    public static String withIndexParameters(String definition, List<String> options, String tablespace) {
        String parameters = (options.isEmpty() ? "" : " WITH (" + String.join(", ", options) + ")")
                + (tablespace == null ? "" : " USING INDEX TABLESPACE " + Identifiers.quote(tablespace));
        if (parameters.isEmpty()) {
            return definition;
        }
        int at = definition.length();
        for (String clause : List.of(" WHERE (", " DEFERRABLE", " NOT DEFERRABLE", " INITIALLY ")) {
            int i = definition.indexOf(clause);
            if (i >= 0 && i < at) {
                at = i;
            }
        }
        return definition.substring(0, at) + parameters + definition.substring(at);
    }

    @Override
    public ObjectId id() {
        return ObjectId.tablePart(ObjectKind.CONSTRAINT, schema, table, name);
    }

    public boolean isForeignKey() {
        return type == ConstraintType.FOREIGN_KEY;
    }
}
