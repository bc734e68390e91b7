package dev.retort.catalog;

import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Test helpers: the in-repo schema corpus, the roles it grants to, snapshots and script application. */
public final class Fixtures {
    public static final List<String> CORPUS = List.of("01_commerce.sql", "02_every_kind.sql", "03_quoting.sql");

    private Fixtures() {
    }

    public static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Roles are cluster-wide: created once, tolerating other tests creating them at the same moment. */
    public static void ensureRoles(TestDatabase db) throws SQLException {
        for (String role : List.of("retort_reader", "\"Mixed Role\"")) {
            db.execute("DO $$ BEGIN CREATE ROLE " + role + "; "
                    + "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
        }
    }

    /** Loads the whole corpus into a database. */
    public static void loadCorpus(TestDatabase db) throws SQLException {
        ensureRoles(db);
        for (String file : CORPUS) {
            db.execute(resource("corpus/" + file));
        }
    }

    public static CatalogSnapshot inspect(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return new CatalogInspector().inspect(c);
        }
    }

    /** Runs a script in one transaction; all or nothing. */
    public static void applyInOneTransaction(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(sql);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException(e.getMessage() + "\n--- script ---\n" + sql, e.getSQLState(), e);
            }
        }
    }
}
