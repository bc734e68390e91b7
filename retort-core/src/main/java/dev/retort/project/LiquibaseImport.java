package dev.retort.project;

import dev.retort.ImportResult;
import dev.retort.ImportedMigration;
import dev.retort.RetortException;
import dev.retort.connection.Connector;
import dev.retort.revision.RevisionTarget;
import dev.retort.runner.TransactionMode;
import dev.retort.runner.VersionTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code retort import liquibase}: adopts a database Liquibase manages, as a {@link Baseline} of its live schema.
 * Each row of {@code databasechangelog} becomes an {@code import} row of {@code retort_history} (changeset id,
 * author, file, when, type); the changelog files are not read, so changesets Liquibase has not run yet are not seen:
 * run {@code liquibase update} first. Liquibase's tables stay where they are, out of scope.
 */
public final class LiquibaseImport {
    private final RetortProject project;

    LiquibaseImport(RetortProject project) {
        this.project = project;
    }

    ImportResult run(String message, boolean stamp, boolean writeSchema, Consumer<String> log) {
        Connector database = project.database();
        List<ImportedMigration> rows = readChangelog(database);
        for (ImportedMigration r : rows) {
            if (r.type().equals("FAILED")) {
                throw new RetortException("Liquibase recorded a failed changeset in " + database + ": " + r.version()
                        + " (" + r.script() + "). Settle it with Liquibase first, then import.");
            }
        }
        Baseline.Outcome o = new Baseline(project).run(new Baseline.Options(message != null ? message
                : "baseline: the schema Liquibase left after " + rows.size() + " changesets", null, false, writeSchema),
                log);
        List<ImportedMigration> imported = rows.stream().map(r -> new ImportedMigration(r.version(), r.description(),
                r.script(), r.type(), r.installedOn(), r.installedBy(), null, o.revision(), "unchecked")).toList();
        if (stamp) {
            VersionTable table = project.versionTable();
            try (Connection c = database.connect()) {
                c.setAutoCommit(false);
                table.create(c);
                try (Statement s = c.createStatement()) {
                    for (String sql : table.importColumns()) {
                        s.execute(sql);
                    }
                    for (ImportedMigration m : imported) {
                        s.execute(table.importInsert(m.revision(), "liquibase " + m.version() + " by "
                                + m.installedBy() + " (" + m.script() + ", " + m.type() + ")", null, m.installedOn(),
                                null, null));
                    }
                }
                c.commit();
            } catch (SQLException e) {
                throw new RetortException("cannot record Liquibase's history in " + table.historyTable() + ": "
                        + e.getMessage(), e);
            }
            project.runner(TransactionMode.ALL, log).stamp(RevisionTarget.parse(o.revision()));
        }
        return new ImportResult("liquibase", false, List.of(o.revision()), List.of(o.file()), o.schemaFiles(),
                stamp ? List.of(o.revision()) : List.of(), imported, List.of());
    }

    /**
     * The changesets of {@code databasechangelog} in the order they ran; {@code installedBy} holds the author (the
     * table does not say who ran them).
     */
    private static List<ImportedMigration> readChangelog(Connector database) {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            String table;
            try (ResultSet rs = s.executeQuery("SELECT string_agg(format('%I.%I', n.nspname, t.relname), ', ') FROM "
                    + "pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace WHERE t.relkind IN ('r', 'p') AND "
                    + "t.relname = 'databasechangelog'")) {
                rs.next();
                table = rs.getString(1);
            }
            if (table == null) {
                throw new RetortException("no Liquibase changelog table (databasechangelog) in " + database
                        + ": is it managed by Liquibase?");
            }
            if (table.contains(",")) {
                throw new RetortException("several Liquibase changelog tables: " + table);
            }
            List<ImportedMigration> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, author, filename, dateexecuted::timestamptz, exectype, "
                    + "description FROM " + table + " ORDER BY orderexecuted, dateexecuted")) {
                while (rs.next()) {
                    out.add(new ImportedMigration(rs.getString(1), rs.getString(6), rs.getString(3), rs.getString(5),
                            rs.getObject(4, OffsetDateTime.class), rs.getString(2), null, "", "unchecked"));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new RetortException("cannot read Liquibase's changelog in " + database + ": " + e.getMessage(), e);
        }
    }
}
