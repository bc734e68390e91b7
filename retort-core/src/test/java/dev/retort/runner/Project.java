package dev.retort.runner;

import dev.retort.Retort;
import dev.retort.RetortSettings;
import dev.retort.project.RetortProject;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A throw-away project directory with hand-written revision files, pointed at a test database. */
final class Project {
    final Path dir;
    final Path migrations;
    final TestDatabase db;
    final List<String> log = new CopyOnWriteArrayList<>(); // runners log from other threads
    private final String versionSchema;

    Project(TestDatabase db, String versionSchema) {
        try {
            this.dir = Files.createTempDirectory("retort-project");
            this.migrations = Files.createDirectories(dir.resolve("migrations"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.db = db;
        this.versionSchema = versionSchema;
    }

    Project(TestDatabase db) {
        this(db, "public");
    }

    /** Writes {@code <id>_<id>.sql} revising {@code parents} (comma separated, empty for a base). */
    Path write(String id, String parents, String upgrade, String downgrade, String... headerExtras) {
        StringBuilder sb = new StringBuilder("-- Revision " + id + "\n--\n-- Revision ID: " + id + "\n-- Revises: " + parents
                + "\n-- Create Date: 2026-01-01 00:00:00\n");
        for (String extra : headerExtras) {
            sb.append(extra).append('\n');
        }
        sb.append("\n-- migrate:upgrade\n").append(upgrade).append('\n');
        if (downgrade != null) {
            sb.append("\n-- migrate:downgrade\n").append(downgrade).append('\n');
        }
        Path file = migrations.resolve(id + "_" + id + ".sql");
        try {
            Files.writeString(file, sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    RetortProject project() {
        RetortSettings settings = Retort.configure().baseDirectory(dir).url(db.jdbcUrl())
                .migrations(migrations.toString()).versionSchema(versionSchema).load().settings();
        return new RetortProject(settings, null, null, null, getClass().getClassLoader(), java.util.Map.of());
    }

    MigrationRunner runner() {
        return runner(TransactionMode.ALL);
    }

    MigrationRunner runner(TransactionMode mode) {
        return project().runner(mode, log::add);
    }

    MigrationRunner runner(RunSettings settings) {
        return project().runner(TransactionMode.ALL, settings, log::add);
    }

    /** Every relation outside the system schemas, as schema.name:kind, sorted. */
    List<String> relations() throws Exception {
        return db.queryColumn("SELECT n.nspname || '.' || c.relname || ':' || c.relkind::text FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1");
    }

    /** Relations other than Retort's own tables (and their sequences and indexes). */
    List<String> userRelations() throws Exception {
        return relations().stream().filter(r -> !r.contains("retort_")).toList();
    }
}
