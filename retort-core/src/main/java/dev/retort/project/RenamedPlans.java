package dev.retort.project;

import dev.retort.RetortException;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.devdb.DeclaredScope;
import dev.retort.devdb.DeclaredSnapshots;
import dev.retort.declared.RenameHint;
import dev.retort.diff.RenameSuspects;
import dev.retort.diff.Renames;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import dev.retort.plan.RenameStatements;
import dev.retort.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The upgrade and downgrade between a live schema and a declared one, with the declaration's renames: the hints
 * that apply are undone in the dev session the declaration was built in, the schema read there with the old names
 * is what the planner compares with, and the renames are added to both plans (see {@link RenameStatements}).
 * Drops and adds that look like renames are said, with the hint that would make them one.
 */
final class RenamedPlans {
    private RenamedPlans() {
    }

    /** The plans, and the renames in them. */
    record Plans(MigrationPlan upgrade, MigrationPlan downgrade, List<Renames.Rename> renames) {
    }

    static Plans between(CatalogSnapshot current, DeclaredSnapshots.Built wanted, List<RenameHint> configured,
                         DeclaredScope scope, MigrationPlanner planner, Consumer<String> log) {
        List<RenameHint> hints = new ArrayList<>(wanted.renameHints());
        hints.addAll(configured);
        List<Renames.Rename> renames = hints.isEmpty() ? List.of()
                : Renames.resolve(hints, current, wanted.snapshot(), log);
        CatalogSnapshot unrenamed = renames.isEmpty() ? wanted.snapshot()
                : scope.restrict(wanted.session().inspectAfter(RenameStatements.undo(renames), scope.inspection()));
        for (String suspect : RenameSuspects.find(current, unrenamed)) {
            Progress.of(log).note("note: " + suspect);
        }
        return new Plans(RenameStatements.after(planner.plan(current, unrenamed), renames),
                RenameStatements.before(renames, planner.plan(unrenamed, current)), renames);
    }

    /** The {@code [renames]} settings ({@code new.name=old}) as hints. */
    static List<RenameHint> configured(List<String> items) {
        List<RenameHint> hints = new ArrayList<>();
        for (String item : items) {
            int eq = item.lastIndexOf('=');
            String origin = "[renames] " + (eq < 0 ? item : item.substring(0, eq).strip());
            try {
                hints.add(RenameHint.ofSetting(item, origin));
            } catch (IllegalArgumentException e) {
                throw new RetortException(origin + ": " + e.getMessage());
            }
        }
        return hints;
    }
}
