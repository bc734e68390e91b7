package dev.retort.diff;

import dev.retort.RetortException;
import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Column;
import dev.retort.catalog.EnumType;
import dev.retort.catalog.MaterializedView;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Table;
import dev.retort.declared.RenameHint;
import dev.retort.catalog.View;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which rename hints apply between two snapshots. A hint applies when the old object is in {@code from} and the new
 * one is not, and the new object is in {@code to} and the old one is not: then the planner renames instead of
 * dropping and creating. Otherwise it is left alone, which makes a hint harmless once applied (the database already
 * has the new name) and on a database that never had the old object (a fresh one); a hint naming nothing the
 * declaration has is an error (a typo would otherwise silently become a drop and an add).
 */
public final class Renames {
    /** The kinds that have a name of their own to rename. */
    private static final Set<ObjectKind> RENAMABLE = EnumSet.of(ObjectKind.SCHEMA, ObjectKind.TABLE, ObjectKind.VIEW,
            ObjectKind.MATERIALIZED_VIEW, ObjectKind.SEQUENCE, ObjectKind.INDEX, ObjectKind.ENUM, ObjectKind.DOMAIN,
            ObjectKind.COMPOSITE_TYPE, ObjectKind.RANGE_TYPE, ObjectKind.FUNCTION, ObjectKind.PROCEDURE,
            ObjectKind.AGGREGATE, ObjectKind.CONSTRAINT, ObjectKind.TRIGGER, ObjectKind.POLICY);
    private static final Set<ObjectKind> PARTS = EnumSet.of(ObjectKind.CONSTRAINT, ObjectKind.INDEX,
            ObjectKind.TRIGGER, ObjectKind.POLICY);
    private static final Set<ObjectKind> RELATIONS = EnumSet.of(ObjectKind.TABLE, ObjectKind.VIEW,
            ObjectKind.MATERIALIZED_VIEW);

    private Renames() {
    }

    /** What a rename changes: an object's own name, a column of a relation, a value of an enum. */
    public enum Part { OBJECT, COLUMN, ENUM_VALUE }

    /**
     * One rename to make.
     *
     * @param object the object renamed, by its new identity; for a column its relation, for a value its enum
     * @param from   the old name (of the object, column or value)
     * @param to     the new name
     */
    public record Rename(Part part, ObjectId object, String from, String to, String origin) {
        /** Outer names first: a schema before what is in it, a table before its parts. */
        public int depth() {
            if (part != Part.OBJECT) {
                return 3;
            }
            return object.kind() == ObjectKind.SCHEMA ? 1 : object.table() != null ? 3 : 2;
        }

        @Override
        public String toString() {
            return switch (part) {
                case OBJECT -> object.kind().label() + " " + from + " renamed to " + object;
                case COLUMN -> "column " + object.qualifiedName() + "." + from + " renamed to " + to;
                case ENUM_VALUE -> "value '" + from + "' of " + object + " renamed to '" + to + "'";
            };
        }
    }

    /**
     * The renames the hints ask for that take {@code from} towards {@code to}, outer names first.
     *
     * @param log told, for each hint that does not apply, why
     * @throws RetortException for a hint that names nothing in {@code to}, or several things of different kinds
     */
    public static List<Rename> resolve(List<RenameHint> hints, CatalogSnapshot from, CatalogSnapshot to,
                                       Consumer<String> log) {
        List<Rename> candidates = new ArrayList<>();
        for (RenameHint hint : hints) {
            candidates.addAll(candidates(hint, to));
        }
        candidates.sort(java.util.Comparator.comparingInt(Rename::depth));
        List<Rename> applied = new ArrayList<>();
        for (Rename r : candidates) {
            String why = whyNot(r, applied, from, to);
            if (why == null) {
                applied.add(r);
            } else {
                log.accept("rename hint " + r + " (" + r.origin() + ") not applied: " + why);
            }
        }
        return List.copyOf(applied);
    }

    /** What the hint names in {@code to}: one object, or the overloads of one routine. */
    private static List<Rename> candidates(RenameHint hint, CatalogSnapshot to) {
        List<String> p = hint.path();
        String last = p.get(p.size() - 1);
        List<Rename> found = new ArrayList<>();
        for (CatalogObject o : to.all()) {
            ObjectId id = o.id();
            if (p.size() == 1 && id.kind() == ObjectKind.SCHEMA && id.name().equals(last)) {
                found.add(new Rename(Part.OBJECT, id, hint.from(), last, hint.origin()));
            } else if (p.size() == 2 && RENAMABLE.contains(id.kind()) && id.schema() != null && inSchema(id, p.get(0))
                    && id.name().equals(last) && (id.table() == null || id.kind() == ObjectKind.INDEX)) {
                found.add(new Rename(Part.OBJECT, id, hint.from(), last, hint.origin()));
            } else if (p.size() == 3 && inSchema(id, p.get(0))) {
                if (PARTS.contains(id.kind()) && p.get(1).equals(id.table()) && id.name().equals(last)) {
                    found.add(new Rename(Part.OBJECT, id, hint.from(), last, hint.origin()));
                } else if (RELATIONS.contains(id.kind()) && id.name().equals(p.get(1))
                        && columns(o).stream().anyMatch(c -> c.name().equals(last))) {
                    found.add(new Rename(Part.COLUMN, id, hint.from(), last, hint.origin()));
                } else if (o instanceof EnumType e && e.name().equals(p.get(1)) && e.labels().contains(last)) {
                    found.add(new Rename(Part.ENUM_VALUE, id, hint.from(), last, hint.origin()));
                }
            }
        }
        if (found.isEmpty()) {
            throw new RetortException(hint.origin() + ": the rename hint names " + hint.name()
                    + ", which the declared schema does not have");
        }
        if (found.stream().map(r -> r.part() + " " + r.object().kind()).distinct().count() > 1
                || found.stream().map(r -> r.object().schema()).distinct().count() > 1) {
            throw new RetortException(hint.origin() + ": the rename hint names " + hint.name() + ", which is "
                    + String.join(" and ", found.stream().map(r -> r.part() == Part.OBJECT ? r.object().toString()
                    : r.part().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " of " + r.object()).toList())
                    + ": qualify it");
        }
        return found;
    }

    private static boolean inSchema(ObjectId id, String schema) {
        return id.schema() != null && (schema == null || schema.equals(id.schema()));
    }

    /** Why a rename does not apply, or null when it does. */
    private static String whyNot(Rename r, List<Rename> outer, CatalogSnapshot from, CatalogSnapshot to) {
        if (r.part() == Part.OBJECT) {
            ObjectId old = oldId(r.object(), outer, r.from());
            if (!from.contains(old)) {
                return from.contains(oldId(r.object(), outer, r.to())) ? "already renamed" : old + " does not exist";
            }
            if (to.contains(old)) {
                return "the declaration has " + old + " too";
            }
            return from.contains(r.object()) ? r.object() + " exists already" : null;
        }
        CatalogObject before = from.get(oldId(r.object(), outer));
        CatalogObject after = to.get(r.object());
        List<String> was = r.part() == Part.COLUMN ? names(columns(before)) : labels(before);
        List<String> is = r.part() == Part.COLUMN ? names(columns(after)) : labels(after);
        if (before == null || !was.contains(r.from())) {
            return before != null && was.contains(r.to()) ? "already renamed" : "there is no " + r.from() + " to rename";
        }
        if (is.contains(r.from())) {
            return "the declaration has " + r.from() + " too";
        }
        return was.contains(r.to()) ? r.to() + " exists already" : null;
    }

    /**
     * The identity {@code id} had before the renames: its schema and (for a table part) its table by their old names,
     * and its own name {@code name}.
     */
    public static ObjectId oldId(ObjectId id, List<Rename> renames, String name) {
        String schema = id.schema();
        String table = id.table();
        for (Rename r : renames) {
            if (r.part() != Part.OBJECT) {
                continue;
            }
            ObjectId o = r.object();
            if (o.kind() == ObjectKind.SCHEMA && o.name().equals(id.schema())) {
                schema = r.from();
            } else if (table != null && RELATIONS.contains(o.kind()) && Objects.equals(o.schema(), id.schema())
                    && o.name().equals(id.table())) {
                table = r.from();
            }
        }
        return new ObjectId(id.kind(), schema, name, table, id.arguments());
    }

    /** The identity {@code id} had before the renames, its own name included. */
    public static ObjectId oldId(ObjectId id, List<Rename> renames) {
        String name = id.name();
        for (Rename r : renames) {
            if (r.part() == Part.OBJECT && r.object().equals(id)) {
                name = r.from();
            }
        }
        return oldId(id, renames, name);
    }

    private static List<Column> columns(CatalogObject o) {
        if (o instanceof Table t) {
            return t.columns();
        }
        if (o instanceof View v) {
            return v.columns();
        }
        if (o instanceof MaterializedView m) {
            return m.columns();
        }
        return List.of();
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    private static List<String> labels(CatalogObject o) {
        return o instanceof EnumType e ? e.labels() : List.of();
    }
}
