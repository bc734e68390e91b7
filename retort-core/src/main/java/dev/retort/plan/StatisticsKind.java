package dev.retort.plan;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ExtendedStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Extended statistics: the definition (columns, expressions, kinds) changes by a rebuild; the statistics target,
 * owner and comment in place.
 */
final class StatisticsKind implements Kind<ExtendedStatistics> {
    static final StatisticsKind INSTANCE = new StatisticsKind();

    @Override
    public Class<ExtendedStatistics> type() {
        return ExtendedStatistics.class;
    }

    @Override
    public List<String> create(ExtendedStatistics s) {
        List<String> out = new ArrayList<>();
        out.add(s.definition() + ";");
        if (s.target() != null) {
            out.add("ALTER STATISTICS " + s.qualifiedName() + " SET STATISTICS " + s.target() + ";");
        }
        out.addAll(Decorations.owner("STATISTICS", s.qualifiedName(), null, s.owner()));
        out.addAll(Decorations.comment("STATISTICS " + s.qualifiedName(), null, s.comment()));
        return out;
    }

    /** Creating and dropping statistics takes a SHARE UPDATE EXCLUSIVE lock on the table: reads and writes go on. */
    @Override
    public Set<Hazard> createHazards(ExtendedStatistics s, boolean onExistingTable) {
        return Set.of();
    }

    @Override
    public Set<Hazard> dropHazards(ExtendedStatistics s) {
        return Set.of();
    }

    @Override
    public List<String> drop(ExtendedStatistics s) {
        return List.of("DROP STATISTICS " + s.qualifiedName() + ";");
    }

    @Override
    public Alteration alter(ExtendedStatistics b, ExtendedStatistics a, CatalogSnapshot from) {
        if (!b.definition().equals(a.definition()) || !b.statisticsSchema().equals(a.statisticsSchema())) {
            return Alteration.REBUILD;
        }
        List<String> out = new ArrayList<>();
        if (!Objects.equals(b.target(), a.target())) {
            // The default is -1 up to PostgreSQL 16; 17 spells it DEFAULT (and still takes -1, deprecated).
            String target = a.target() != null ? a.target().toString() : from.majorVersion() >= 17 ? "DEFAULT" : "-1";
            out.add("ALTER STATISTICS " + a.qualifiedName() + " SET STATISTICS " + target + ";");
        }
        out.addAll(Decorations.owner("STATISTICS", a.qualifiedName(), b.owner(), a.owner()));
        out.addAll(Decorations.comment("STATISTICS " + a.qualifiedName(), b.comment(), a.comment()));
        return Alteration.of(a.id(), out);
    }
}
