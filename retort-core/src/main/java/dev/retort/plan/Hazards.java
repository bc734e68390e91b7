package dev.retort.plan;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CompositeType;
import dev.retort.catalog.Constraint;
import dev.retort.catalog.Domain;
import dev.retort.catalog.EnumType;
import dev.retort.catalog.Index;
import dev.retort.catalog.RangeType;
import dev.retort.catalog.Sequence;
import dev.retort.catalog.Table;
import java.util.EnumSet;
import java.util.Set;

/** The hazards of creating and dropping whole objects (alterations carry their own). */
final class Hazards {
    private Hazards() {
    }

    static Set<Hazard> ofDrop(CatalogObject object) {
        if (object instanceof Table) {
            return EnumSet.of(Hazard.DATA_LOSS, Hazard.ACCESS_EXCLUSIVE_LOCK);
        }
        if (object instanceof EnumType || object instanceof Domain || object instanceof CompositeType
                || object instanceof RangeType || object instanceof Sequence) {
            return EnumSet.of(Hazard.DATA_LOSS);
        }
        if (object.id().kind().isTablePart()) {
            return EnumSet.of(Hazard.ACCESS_EXCLUSIVE_LOCK);
        }
        return Set.of();
    }

    /** A new table part on a table that has rows takes locks, and builds an index if it has one. */
    static Set<Hazard> ofCreate(CatalogObject object, boolean onExistingTable) {
        if (!onExistingTable) {
            return Set.of();
        }
        if (object instanceof Index) {
            return EnumSet.of(Hazard.INDEX_BUILD);
        }
        if (object instanceof Constraint c && c.type().hasIndex()) {
            return EnumSet.of(Hazard.INDEX_BUILD, Hazard.ACCESS_EXCLUSIVE_LOCK);
        }
        return EnumSet.of(Hazard.ACCESS_EXCLUSIVE_LOCK);
    }
}
