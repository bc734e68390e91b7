package dev.retort.plan;

import static dev.retort.catalog.Identifiers.qualify;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Index;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Indexes that are not a constraint's, as {@code pg_get_indexdef} renders them; whether the table is clustered on
 * it or uses it as replica identity changes in place, anything else rebuilds it.
 */
final class IndexKind implements Kind<Index> {
    static final IndexKind INSTANCE = new IndexKind();

    @Override
    public Class<Index> type() {
        return Index.class;
    }

    /** On a table that has rows, the index is built (without blocking writes only when built concurrently). */
    @Override
    public Set<Hazard> createHazards(Index i, boolean onExistingTable) {
        return onExistingTable ? EnumSet.of(Hazard.INDEX_BUILD) : Set.of();
    }

    @Override
    public List<String> create(Index i) {
        List<String> out = new ArrayList<>();
        // A partitioned table's index renders as ON ONLY; without ONLY the partitions get their indexes too.
        out.add(i.definition().replaceFirst(" ON ONLY ", " ON ") + ";");
        out.addAll(settings(null, i));
        return out;
    }

    @Override
    public List<String> drop(Index i) {
        return List.of("DROP INDEX " + i.id().qualifiedName() + ";");
    }

    @Override
    public Alteration alter(Index b, Index a, CatalogSnapshot from) {
        if (!b.definition().equals(a.definition())) {
            return Alteration.REBUILD;
        }
        return Alteration.of(a.id(), settings(b, a));
    }

    /** Clustering, replica identity and comment, from {@code b} (null: a new index) to {@code a}. */
    private static List<String> settings(Index b, Index a) {
        List<String> out = new ArrayList<>();
        String table = a.id().qualifiedTable();
        if ((b != null && b.clustered()) != a.clustered()) {
            out.add("ALTER TABLE " + table + (a.clustered() ? " CLUSTER ON " + quote(a.name())
                    : " SET WITHOUT CLUSTER") + ";");
        }
        if ((b != null && b.replicaIdentity()) != a.replicaIdentity()) {
            out.add("ALTER TABLE " + table + " REPLICA IDENTITY " + (a.replicaIdentity()
                    ? "USING INDEX " + quote(a.name()) : "DEFAULT") + ";");
        }
        out.addAll(Decorations.comment("INDEX " + qualify(a.schema(), a.name()), b == null ? null : b.comment(),
                a.comment()));
        return out;
    }
}
