package dev.retort.plan;

import static dev.retort.catalog.Identifiers.literal;
import static dev.retort.catalog.Identifiers.qualify;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.diff.Renames.Part;
import dev.retort.diff.Renames.Rename;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renames as statements. A plan with renames is planned against the target schema read with the old names (the
 * renames undone where it was built): the upgrade is that plan, then the renames, outer names first; the downgrade
 * undoes the renames, inner names first, then runs the reverse of that plan. Each statement names what contains
 * the object by its new name (the outer renames have happened before it, and are undone after it).
 */
public final class RenameStatements {
    private RenameStatements() {
    }

    /** The upgrade: {@code rest} (planned towards the old names), then the renames. */
    public static MigrationPlan after(MigrationPlan rest, List<Rename> renames) {
        List<PlannedStatement> all = new ArrayList<>(rest.statements());
        for (Rename r : ordered(renames, false)) {
            all.add(statement(r, true));
        }
        return new MigrationPlan(all, rest.skipped());
    }

    /** The downgrade: the renames undone, then {@code rest} (planned from the old names). */
    public static MigrationPlan before(List<Rename> renames, MigrationPlan rest) {
        List<PlannedStatement> all = new ArrayList<>(rest.beforeTransaction());
        for (Rename r : ordered(renames, true)) {
            all.add(statement(r, false));
        }
        all.addAll(rest.afterCommitFirst());
        return new MigrationPlan(all, rest.skipped());
    }

    /** The SQL that gives a schema with the new names the old ones back, inner names first. */
    public static List<String> undo(List<Rename> renames) {
        return ordered(renames, true).stream().map(r -> sql(r, false)).toList();
    }

    private static List<Rename> ordered(List<Rename> renames, boolean innerFirst) {
        Comparator<Rename> byDepth = Comparator.comparingInt(Rename::depth);
        return renames.stream().sorted(innerFirst ? byDepth.reversed() : byDepth).toList();
    }

    private static PlannedStatement statement(Rename r, boolean forward) {
        ObjectKind kind = r.object().kind();
        boolean locksTable = r.part() == Part.COLUMN || kind == ObjectKind.TABLE || kind == ObjectKind.VIEW
                || kind == ObjectKind.MATERIALIZED_VIEW || kind == ObjectKind.SEQUENCE || r.object().table() != null;
        return locksTable ? new PlannedStatement(r.object(), PlannedStatement.Action.ALTER, sql(r, forward),
                Hazard.ACCESS_EXCLUSIVE_LOCK) : new PlannedStatement(r.object(), PlannedStatement.Action.ALTER,
                sql(r, forward));
    }

    /** The statement renaming {@code r}'s old name to its new one ({@code forward}), or back. */
    static String sql(Rename r, boolean forward) {
        String was = forward ? r.from() : r.to();
        String becomes = forward ? r.to() : r.from();
        ObjectId id = r.object();
        return switch (r.part()) {
            case COLUMN -> "ALTER " + keyword(id.kind()) + " " + id.qualifiedName() + " RENAME COLUMN " + quote(was)
                    + " TO " + quote(becomes) + ";";
            case ENUM_VALUE -> "ALTER TYPE " + id.qualifiedName() + " RENAME VALUE " + literal(was) + " TO "
                    + literal(becomes) + ";";
            case OBJECT -> switch (id.kind()) {
                case SCHEMA -> "ALTER SCHEMA " + quote(was) + " RENAME TO " + quote(becomes) + ";";
                case CONSTRAINT -> "ALTER TABLE " + id.qualifiedTable() + " RENAME CONSTRAINT " + quote(was) + " TO "
                        + quote(becomes) + ";";
                case TRIGGER, POLICY -> "ALTER " + keyword(id.kind()) + " " + quote(was) + " ON " + id.qualifiedTable()
                        + " RENAME TO " + quote(becomes) + ";";
                case FUNCTION, PROCEDURE, AGGREGATE -> "ALTER " + keyword(id.kind()) + " " + qualify(id.schema(), was)
                        + "(" + id.arguments() + ") RENAME TO " + quote(becomes) + ";";
                default -> "ALTER " + keyword(id.kind()) + " " + qualify(id.schema(), was) + " RENAME TO "
                        + quote(becomes) + ";";
            };
        };
    }

    private static String keyword(ObjectKind kind) {
        return switch (kind) {
            case ENUM, COMPOSITE_TYPE, RANGE_TYPE -> "TYPE";
            case MATERIALIZED_VIEW -> "MATERIALIZED VIEW";
            default -> kind.name();
        };
    }
}
