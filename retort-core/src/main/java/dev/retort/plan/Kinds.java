package dev.retort.plan;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import java.util.List;
import java.util.Set;

/**
 * The registry of {@link Kind}s. The switch has no default: a new {@link ObjectKind} does not compile until it is
 * given its kind here.
 */
public final class Kinds {
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
            case ENUM -> EnumKind.INSTANCE;
            case DOMAIN -> DomainKind.INSTANCE;
            case COMPOSITE_TYPE -> CompositeTypeKind.INSTANCE;
            case RANGE_TYPE -> RangeTypeKind.INSTANCE;
            case SEQUENCE -> SequenceKind.INSTANCE;
            case TABLE -> TableKind.INSTANCE;
            case FUNCTION, PROCEDURE, AGGREGATE -> RoutineKind.INSTANCE;
            case VIEW -> ViewKind.INSTANCE;
            case MATERIALIZED_VIEW -> MaterializedViewKind.INSTANCE;
            case RULE -> RuleKind.INSTANCE;
            case COLLATION -> CollationKind.INSTANCE;
            case STATISTICS -> StatisticsKind.INSTANCE;
            case PUBLICATION -> PublicationKind.INSTANCE;
            case CAST -> CastKind.INSTANCE;
            case TEXT_SEARCH_PARSER -> TextSearchParserKind.INSTANCE;
            case TEXT_SEARCH_TEMPLATE -> TextSearchTemplateKind.INSTANCE;
            case TEXT_SEARCH_DICTIONARY -> TextSearchDictionaryKind.INSTANCE;
            case TEXT_SEARCH_CONFIGURATION -> TextSearchConfigurationKind.INSTANCE;
            case ACCESS_METHOD -> AccessMethodKind.INSTANCE;
            case OPERATOR -> OperatorKind.INSTANCE;
            case OPERATOR_FAMILY -> OperatorFamilyKind.INSTANCE;
            case OPERATOR_CLASS -> OperatorClassKind.INSTANCE;
            case FOREIGN_DATA_WRAPPER -> ForeignDataWrapperKind.INSTANCE;
            case SERVER -> ForeignServerKind.INSTANCE;
            case FOREIGN_TABLE -> ForeignTableKind.INSTANCE;
        };
    }

    /** The kind of an object, checked against the record it is. */
    @SuppressWarnings("unchecked")
    static Kind<CatalogObject> ofObject(CatalogObject object) {
        Kind<? extends CatalogObject> kind = of(object.id().kind());
        if (!kind.type().isInstance(object)) {
            throw new IllegalStateException(object.id() + " is a " + object.getClass().getSimpleName()
                    + ", not the " + kind.type().getSimpleName() + " its kind reads");
        }
        return (Kind<CatalogObject>) kind;
    }

    /** Statements creating the object as its snapshot describes it, decorations included. */
    public static List<String> create(CatalogObject object) {
        return ofObject(object).create(object);
    }

    static List<String> drop(CatalogObject object) {
        return ofObject(object).drop(object);
    }

    static Set<Hazard> dropHazards(CatalogObject object) {
        return ofObject(object).dropHazards(object);
    }

    static Set<Hazard> createHazards(CatalogObject object, boolean onExistingTable) {
        return ofObject(object).createHazards(object, onExistingTable);
    }

    static List<ObjectId> droppedWith(CatalogObject object) {
        return ofObject(object).droppedWith(object);
    }

    /** A different record for the same identity (a table that becomes a view) is always rebuilt. */
    static Alteration alter(CatalogObject before, CatalogObject after, PlanContext plan) {
        if (before.getClass() != after.getClass()) {
            return Alteration.REBUILD;
        }
        return ofObject(after).alterInPlan(before, after, plan);
    }
}
