package dev.retort;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Revision files and jars for the library tests. */
final class LibraryFiles {
    private LibraryFiles() {
    }

    /** A revision file's text. */
    static String revision(String id, String parent, String upgrade, String downgrade) {
        return "-- " + id + "\n--\n-- Revision ID: " + id + "\n-- Revises: " + parent
                + "\n-- Create Date: 2026-01-01 00:00:00\n\n-- migrate:upgrade\n" + upgrade
                + "\n\n-- migrate:downgrade\n" + downgrade + "\n";
    }

    /** Two revisions: a table, then a view on it. */
    static Map<String, String> twoRevisions() {
        return Map.of(
                "a1_items.sql", revision("a1", "", "CREATE TABLE items (id int PRIMARY KEY, name text);",
                        "DROP TABLE items;"),
                "b2_names.sql", revision("b2", "a1", "CREATE VIEW item_names AS SELECT name FROM items;",
                        "DROP VIEW item_names;"));
    }

    /**
     * Two revisions in schema {@code app}: a table, then a view on it. Tests that compare with a declared schema
     * scope it to {@code app}: the test class path lists a SchemaDefinition (in {@code public}) for ServiceLoader,
     * which an application's declared schema would include.
     */
    static Map<String, String> appRevisions() {
        return Map.of(
                "a1_items.sql", revision("a1", "", "CREATE SCHEMA app;\nCREATE TABLE app.items (id int PRIMARY KEY, name text);",
                        "DROP SCHEMA app CASCADE;"),
                "b2_names.sql", revision("b2", "a1", "CREATE VIEW app.item_names AS SELECT name FROM app.items;",
                        "DROP VIEW app.item_names;"));
    }

    /** The schema the app revisions produce, declared. */
    static String declaredSchema() {
        return "CREATE SCHEMA app;\nCREATE TABLE app.items (id int PRIMARY KEY, name text);\n"
                + "CREATE VIEW app.item_names AS SELECT name FROM app.items;\n";
    }

    static Path writeAll(Path dir, Map<String, String> files) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A jar holding {@code entries} (path in the jar to text). */
    static Path jar(Path file, Map<String, String> entries) {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            java.util.Set<String> directories = new java.util.HashSet<>();
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                // Directory entries, as jar tools and Maven write them: class loaders find folders through them.
                String name = e.getKey();
                for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                    if (directories.add(name.substring(0, slash + 1))) {
                        jar.putNextEntry(new JarEntry(name.substring(0, slash + 1)));
                        jar.closeEntry();
                    }
                }
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
