package dev.retort.plan;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ObjectKind;
import java.util.List;

/**
 * The registry of {@link Kind}s. The switch has no default: a new {@link ObjectKind} does not compile until it is
 * given its kind here.
 */
final class Kinds {
    private Kinds() {
    }

    static Kind<? extends CatalogObject> of(ObjectKind kind) {
        return switch (kind) {
            case TRIGGER -> TriggerKind.INSTANCE;
            case EVENT_TRIGGER -> EventTriggerKind.INSTANCE;
            case POLICY -> PolicyKind.INSTANCE;
            case SCHEMA -> SchemaKind.INSTANCE;
            case EXTENSION -> ExtensionKind.INSTANCE;
            case INDEX -> IndexKind.INSTANCE;
            case CONSTRAINT -> ConstraintKind.INSTANCE;
            case COLUMN_DEFAULT -> ColumnDefaultKind.INSTANCE;
            case DEFAULT_PRIVILEGES -> DefaultPrivilegesKind.INSTANCE;
            // Not moved out of DdlWriter and AlterWriter yet.
            case ENUM, DOMAIN, COMPOSITE_TYPE, RANGE_TYPE, SEQUENCE, TABLE, FUNCTION, PROCEDURE, AGGREGATE, VIEW,
                 MATERIALIZED_VIEW -> null;
        };
    }

    /** The kind of an object, checked against the record it is. */
    @SuppressWarnings("unchecked")
    static Kind<CatalogObject> ofObject(CatalogObject object) {
        Kind<? extends CatalogObject> kind = of(object.id().kind());
        if (kind != null && !kind.type().isInstance(object)) {
            throw new IllegalStateException(object.id() + " is a " + object.getClass().getSimpleName()
                    + ", not the " + kind.type().getSimpleName() + " its kind reads");
        }
        return (Kind<CatalogObject>) kind;
    }

    static List<String> create(CatalogObject object) {
        return ofObject(object).create(object);
    }

    static List<String> drop(CatalogObject object) {
        return ofObject(object).drop(object);
    }

    static Alteration alter(CatalogObject before, CatalogObject after, CatalogSnapshot from) {
        if (before.getClass() != after.getClass()) {
            return Alteration.REBUILD;
        }
        return ofObject(after).alter(before, after, from);
    }
}
