package dev.retort.plan;

import dev.retort.catalog.CatalogSnapshot;

/**
 * What an alteration may need beyond the two versions of its object: both snapshots of the plan (an enum whose
 * labels change retypes the columns of other tables; a dropped column stays where a child table keeps it) and how
 * the defaults of new columns are written.
 */
record PlanContext(CatalogSnapshot from, CatalogSnapshot to, NewColumnDefaults newDefaults) {
    PlanContext(CatalogSnapshot from, CatalogSnapshot to) {
        this(from, to, new NewColumnDefaults(from, to));
    }
}
