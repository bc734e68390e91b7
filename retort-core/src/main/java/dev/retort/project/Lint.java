package dev.retort.project;

import dev.retort.LintFinding;
import dev.retort.LintFinding.Severity;
import dev.retort.LintResult;
import dev.retort.RetortException;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ObjectKind;
import dev.retort.connection.Connector;
import dev.retort.connection.DatabaseUrl;
import dev.retort.devdb.DeclaredScope;
import dev.retort.devdb.DevDatabase;
import dev.retort.diff.SchemaDiff;
import dev.retort.plan.Hazard;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import dev.retort.plan.PlannedStatement;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionScript;
import dev.retort.revision.RevisionTarget;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.PlanExecutor;
import dev.retort.runner.TransactionMode;
import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlSourceException;
import dev.retort.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code retort lint}: what hand-written revisions really do. Every revision is replayed, in graph order, on a
 * scratch database; each one linted is read before and after its upgrade, and the planner's own view of that change
 * (the plan between the two snapshots, with its hazards) says what it risks on a live database. Then its downgrade
 * runs and must give the schema before back, and the upgrade runs again so the next revision starts where it would
 * in production. Nothing is guessed from the SQL text except which statement is responsible and whether it took the
 * online route ({@code CONCURRENTLY}, {@code NOT VALID}).
 */
public final class Lint {

    private final RetortProject project;

    Lint(RetortProject project) {
        this.project = project;
    }

    /**
     * Lints the revisions named (ids, prefixes or labels), or every revision when none is.
     *
     * @param devServer where to create the scratch database
     */
    LintResult run(Collection<String> references, DatabaseUrl devServer, Consumer<String> log) {
        RevisionGraph graph = project.graph();
        Set<String> wanted = new HashSet<>();
        for (String reference : references) {
            wanted.add(graph.resolve(reference).id());
        }
        List<String> all = graph.sorted(graph.revisions().stream().map(RevisionScript::id).toList());
        List<String> linted = wanted.isEmpty() ? all : all.stream().filter(wanted::contains).toList();
        if (linted.isEmpty()) {
            return new LintResult(List.of(), List.of());
        }
        DatabaseUrl server = devServer != null ? devServer : project.database().serverUrl();
        if (server == null) {
            throw new RetortException("lint needs a server to create a scratch database on: name a dev server "
                    + "(--dev-url, devUrl)");
        }
        DeclaredScope scope = project.declaredScope();
        List<LintFinding> findings = new ArrayList<>();
        List<String> done = new ArrayList<>();
        try (DevDatabase scratch = DevDatabase.create(server, 0, log)) {
            Connector db = Connector.of(scratch.url());
            MigrationRunner runner = new MigrationRunner(scratch.url(), graph, project.versionTable(),
                    TransactionMode.ALL, s -> { });
            for (String id : linted) {
                RevisionScript script = graph.get(id);
                // What it stands on, in one run (a no-op when the previous revision linted was its parent); only
                // that: a broken revision on another branch is not this one's.
                List<String> needed = new ArrayList<>(script.parents());
                needed.addAll(script.dependsOn());
                for (String parent : needed) {
                    try {
                        runner.upgrade(new RevisionTarget.Revision(parent));
                    } catch (RetortException e) {
                        throw new RetortException("lint: " + id + " stands on " + parent + ", which does not apply: "
                                + e.getMessage(), e);
                    }
                }
                log.accept("linting " + id + " (" + script.file() + ")");
                done.add(id);
                if (!lintOne(script, runner, db, scope, findings)) {
                    break; // the schema the next revisions would start from is unknown
                }
            }
        }
        return new LintResult(done, findings);
    }

    /** Lints one revision whose parents are applied; false when the database is left in an unknown state. */
    private boolean lintOne(RevisionScript script, MigrationRunner runner, Connector db, DeclaredScope scope,
                            List<LintFinding> findings) {
        CatalogSnapshot before = inspect(db, scope);
        RevisionTarget self = new RevisionTarget.Revision(script.id());
        try {
            runner.upgrade(self);
        } catch (RetortException e) {
            findings.add(finding(script, Severity.ERROR, "upgrade-fails", null,
                    "the upgrade fails on the schema its parents leave: " + e.getMessage(), firstLine(script.upgrade())));
            return false;
        }
        CatalogSnapshot after = inspect(db, scope);
        // The plain plan, not the online one: its hazards are those of the statements a revision would write.
        findings.addAll(hazards(script, new MigrationPlanner(false).plan(before, after)));

        if (script.upgrade().isEmpty()) {
            return true;
        }
        if (script.downgrade().isEmpty()) {
            findings.add(finding(script, Severity.WARNING, "missing-downgrade", null,
                    "no downgrade: 'retort downgrade' cannot take this revision back; write a -- migrate:downgrade "
                            + "section that restores the schema before it", firstLine(script.upgrade())));
            return true;
        }
        try {
            runner.downgrade(downgradeTarget(script, runner));
        } catch (RetortException e) {
            findings.add(finding(script, Severity.ERROR, "downgrade-fails", null,
                    "the downgrade fails: " + e.getMessage(), firstLine(script.downgrade())));
            return false;
        }
        CatalogSnapshot down = inspect(db, scope);
        SchemaDiff restored = SchemaDiff.between(before, down);
        if (!restored.isEmpty()) {
            List<String> differences = new ArrayList<>();
            restored.added().forEach(id -> differences.add("leaves " + id));
            restored.removed().forEach(id -> differences.add("loses " + id));
            restored.changed().forEach(id -> differences.add("changes " + id));
            findings.add(finding(script, Severity.ERROR, "downgrade-mismatch", null,
                    "the downgrade does not restore the schema before the upgrade: " + String.join("; ",
                            differences.subList(0, Math.min(10, differences.size())))
                            + (differences.size() > 10 ? "; and " + (differences.size() - 10) + " more" : ""),
                    firstLine(script.downgrade())));
            // The upgrade cannot be trusted to run again on what the downgrade left: the planner takes the
            // scratch database to the upgrade's schema, and the version table is stamped there.
            try (Connection c = db.connect()) {
                PlanExecutor.apply(c, new MigrationPlanner(false).plan(down, after));
            } catch (SQLException | RetortException e) {
                return false;
            }
            runner.stamp(self);
            return true;
        }
        try {
            runner.upgrade(self);
        } catch (RetortException e) {
            findings.add(finding(script, Severity.ERROR, "upgrade-fails-again", null,
                    "the upgrade fails when run again after its downgrade: " + e.getMessage(),
                    firstLine(script.upgrade())));
            return false;
        }
        return true;
    }

    /** One step down: a merge unmerges, a single-parent revision goes back to its parent, a base to base. */
    private static RevisionTarget downgradeTarget(RevisionScript script, MigrationRunner runner) {
        if (script.isMerge() || runner.current().equals(List.of(script.id()))) {
            return new RevisionTarget.Relative(-1);
        }
        return script.isBase() ? new RevisionTarget.Base() : new RevisionTarget.Revision(script.parents().get(0));
    }

    private static CatalogSnapshot inspect(Connector db, DeclaredScope scope) {
        return scope.restrict(Schemas.inspect(db, scope.inspection()));
    }

    /** The hazards of the change the revision made, each at the statement responsible for it; one per object. */
    static List<LintFinding> hazards(RevisionScript script, MigrationPlan change) {
        List<LintFinding> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PlannedStatement planned : change.statements()) {
            SqlStatement responsible = responsible(script.upgrade(), planned.sql());
            List<String> words = responsible == null ? List.of() : words(responsible.sql());
            int line = responsible == null ? firstLine(script.upgrade()) : responsible.line();
            if (startsWith(words, "alter") && words.contains("rename")) {
                // The catalogs before and after cannot tell a rename from a drop and an add, but the statement
                // can: a rename loses nothing, rewrites nothing and builds nothing.
                continue;
            }
            String object = planned.object().toString();
            String upper = planned.sql().toUpperCase(Locale.ROOT);
            List<LintFinding> found = new ArrayList<>();
            if (planned.hazards().contains(Hazard.DATA_LOSS)) {
                found.add(finding(script, Severity.ERROR, "data-loss", object,
                        "data loss: " + what(planned) + " loses the data it holds; if that is intended, say so "
                                + "in review (and keep a copy), else rename or migrate the data instead", line));
            }
            if (planned.hazards().contains(Hazard.TABLE_REWRITE)) {
                found.add(finding(script, Severity.ERROR, "table-rewrite", object,
                        "table rewrite: " + what(planned) + " rewrites the whole table under an ACCESS EXCLUSIVE "
                                + "lock; add a new column, backfill it in batches and swap instead", line));
            }
            if (planned.hazards().contains(Hazard.INDEX_BUILD) && !words.contains("concurrently")
                    && !contains(words, "using", "index")) {
                found.add(finding(script, Severity.ERROR, "index-not-concurrent", object,
                        "index built without CONCURRENTLY on an existing table: writes to it wait for the whole "
                                + "build; use CREATE INDEX CONCURRENTLY (in a -- migrate:no-transaction revision)"
                                + (planned.object().kind() == ObjectKind.CONSTRAINT
                                ? " and ADD CONSTRAINT ... USING INDEX" : ""), line));
            }
            if (planned.action() == PlannedStatement.Action.DROP
                    && planned.object().kind() == ObjectKind.INDEX
                    && planned.hazards().contains(Hazard.ACCESS_EXCLUSIVE_LOCK) && startsWith(words, "drop", "index")
                    && !words.contains("concurrently")) {
                found.add(finding(script, Severity.WARNING, "index-drop-not-concurrent", object,
                        "index dropped without CONCURRENTLY: the table is locked (ACCESS EXCLUSIVE) until the drop "
                                + "gets its turn; use DROP INDEX CONCURRENTLY (in a -- migrate:no-transaction revision)",
                        line));
            }
            if (planned.action() == PlannedStatement.Action.CREATE
                    && planned.object().kind() == ObjectKind.CONSTRAINT
                    && (upper.contains(" FOREIGN KEY ") || upper.contains(" CHECK "))
                    && !planned.hazards().isEmpty() && !contains(words, "not", "valid")) {
                found.add(finding(script, Severity.WARNING, "constraint-validation", object,
                        "constraint validated while it is added: every row is checked under a lock that blocks "
                                + "writes; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement", line));
            }
            if (upper.contains(" SET NOT NULL")) {
                found.add(finding(script, Severity.WARNING, "not-null-scan", object,
                        "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock; add a CHECK (col IS NOT "
                                + "NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL 12+ uses the check)",
                        line));
            }
            for (LintFinding f : found) {
                if (seen.add(f.rule() + "\u0000" + f.object())) {
                    out.add(f);
                }
            }
        }
        out.sort(Comparator.comparingInt(LintFinding::line)); // as the file reads; stable for a line
        return out;
    }

    /** The planned statement's first line, quoted, to say in a message what changed. */
    private static String what(PlannedStatement planned) {
        String sql = planned.sql().strip();
        int nl = sql.indexOf('\n');
        return "'" + (nl < 0 ? sql : sql.substring(0, nl) + " ...") + "'";
    }

    /**
     * The revision's statement that most likely made a planned change: the one sharing most words (names and
     * keywords) with the statement Retort would have written for it; the first on a tie.
     */
    static SqlStatement responsible(List<SqlStatement> statements, String plannedSql) {
        Set<String> planned = new HashSet<>(words(plannedSql));
        SqlStatement best = null;
        int bestScore = 0;
        for (SqlStatement s : statements) {
            Set<String> shared = new HashSet<>(words(s.sql()));
            shared.retainAll(planned);
            if (shared.size() > bestScore) {
                best = s;
                bestScore = shared.size();
            }
        }
        return best;
    }

    /**
     * The statement's names and keywords as the lexer reads them (unquoted ones folded to lower case), in order;
     * comments, string literals and symbols are not words.
     */
    private static List<String> words(String sql) {
        try {
            return SqlLexer.tokenize(sql).stream().filter(SqlLexer.Token::isName).map(SqlLexer.Token::identifier)
                    .toList();
        } catch (SqlSourceException e) {
            return List.of(); // the server ran it, so this does not happen; nothing is then said about its words
        }
    }

    private static boolean startsWith(List<String> words, String... first) {
        return words.size() >= first.length && words.subList(0, first.length).equals(List.of(first));
    }

    /** Whether {@code sequence} stands in {@code words}, word after word. */
    private static boolean contains(List<String> words, String... sequence) {
        return Collections.indexOfSubList(words, List.of(sequence)) >= 0;
    }

    private static int firstLine(List<SqlStatement> statements) {
        return statements.isEmpty() ? 1 : statements.get(0).line();
    }

    private static LintFinding finding(RevisionScript script, Severity severity, String rule, String object,
                                       String message, int line) {
        return new LintFinding(script.id(), severity, rule, object, message, script.file(), line);
    }
}
