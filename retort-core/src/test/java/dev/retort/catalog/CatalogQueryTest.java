package dev.retort.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The inspector's batch: every query has its resource, and each is read after what it needs. */
class CatalogQueryTest {
    @Test
    void everyQueryLoadsFromItsResource() {
        for (CatalogQuery q : CatalogQuery.values()) {
            assertThat(CatalogQueries.load(q.resource())).as(q.resource()).containsIgnoringCase("select ");
        }
    }

    @Test
    void eachQueryIsReadAfterWhatItNeeds() {
        List<CatalogQuery> order = List.of(CatalogQuery.values());
        for (CatalogQuery q : order) {
            assertThat(order.subList(0, q.ordinal())).as("read before %s", q).containsAll(q.needs());
        }
        assertThat(CatalogQuery.COLUMNS.needs()).containsExactly(CatalogQuery.RELATIONS);
        assertThat(CatalogQuery.DEPENDENCIES.needs()).hasSize(order.size() - 1);
    }
}
