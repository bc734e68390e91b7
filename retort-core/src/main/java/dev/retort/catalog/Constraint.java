package dev.retort.catalog;

/**
 * A table constraint: primary key, unique, foreign key, check or exclusion, as {@code pg_get_constraintdef}
 * renders it (so NOT VALID, NO INHERIT, NULLS NOT DISTINCT, DEFERRABLE and FK actions are in the definition).
 *
 * @param type {@code p}, {@code u}, {@code f}, {@code c} or {@code x}
 */
public record Constraint(String schema, String table, String name, String type, String definition, String comment)
        implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.tablePart(ObjectKind.CONSTRAINT, schema, table, name);
    }

    public boolean isForeignKey() {
        return type.equals("f");
    }
}
