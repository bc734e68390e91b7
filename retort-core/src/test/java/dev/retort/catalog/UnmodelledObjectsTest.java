package dev.retort.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Objects of kinds Retort does not model are named as skipped, never silently left out. */
@RetortDatabaseTest
class UnmodelledObjectsTest {
    @Test
    void unmodelledObjectsAreNamedAndTheirPlanSaysSo(TestServer server) throws Exception {
        try (TestDatabase db = server.createDatabase(); TestDatabase empty = server.createDatabase()) {
            db.execute("""
                    CREATE TABLE t (a int, b int);
                    CREATE FUNCTION eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
                    CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3, NEGATOR = !==);
                    CREATE COLLATION my_c (locale = 'C');
                    CREATE STATISTICS t_ab ON a, b FROM t;
                    CREATE TEXT SEARCH CONFIGURATION my_english (COPY = english);
                    CREATE RULE t_quiet AS ON DELETE TO t DO INSTEAD NOTHING;
                    CREATE FOREIGN DATA WRAPPER retort_fdw;
                    CREATE SERVER retort_server FOREIGN DATA WRAPPER retort_fdw;
                    CREATE FOREIGN TABLE ft (id int) SERVER retort_server;
                    CREATE USER MAPPING FOR PUBLIC SERVER retort_server OPTIONS (password 'secret');
                    CREATE CONVERSION my_latin1 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
                    CREATE EXTENSION IF NOT EXISTS plpgsql;
                    """);
            CatalogSnapshot snapshot = Fixtures.inspect(db);
            assertThat(snapshot.unmodelled()).containsExactlyInAnyOrder("conversion public.my_latin1",
                    "operator public.!==(integer,integer)", "user mapping public on server retort_server");

            MigrationPlan plan = new MigrationPlanner().plan(Fixtures.inspect(empty), snapshot);
            assertThat(plan.skipped()).isEqualTo(snapshot.unmodelled());
            assertThat(plan.skippedSummary()).startsWith("skipped 3 objects of kinds Retort does not model, "
                    + "not compared: conversion public.my_latin1; ");
            // Operators, collations, statistics, rules, text search and foreign-data objects are modelled kinds:
            // planned, not skipped. A user mapping's password is never printed.
            assertThat(plan.toSql()).contains("CREATE TABLE public.t", "CREATE OPERATOR public.===",
                    "CREATE COLLATION public.my_c", "CREATE STATISTICS public.t_ab", "CREATE RULE t_quiet",
                    "CREATE TEXT SEARCH CONFIGURATION public.my_english", "CREATE FOREIGN DATA WRAPPER retort_fdw",
                    "CREATE SERVER retort_server", "CREATE FOREIGN TABLE public.ft")
                    .doesNotContain("CONVERSION", "USER MAPPING", "secret");

            // A role that is not a superuser reads the same (pg_user_mapping itself is for superusers only).
            Fixtures.ensureRoles(db);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("SET ROLE retort_reader");
                CatalogSnapshot asReader = new CatalogInspector().inspect(c);
                assertThat(asReader.unmodelled()).isEqualTo(snapshot.unmodelled());
                // The same objects; their owners are said relative to the reading role, so they differ.
                assertThat(asReader.objects().keySet()).isEqualTo(snapshot.objects().keySet());
            }
        }
    }

    @Test
    void anExtensionsForeignDataWrapperIsTheExtensionsNotAnObjectOfItsOwn(TestServer server) throws Exception {
        try (TestDatabase db = server.createDatabase()) {
            assumeTrue(!db.queryColumn("SELECT name FROM pg_available_extensions WHERE name = 'postgres_fdw'")
                    .isEmpty(), "postgres_fdw is installed");
            db.execute("CREATE EXTENSION postgres_fdw");
            CatalogSnapshot snapshot = Fixtures.inspect(db);
            assertThat(snapshot.objects().keySet()).extracting(ObjectId::kind)
                    .contains(ObjectKind.EXTENSION).doesNotContain(ObjectKind.FOREIGN_DATA_WRAPPER);
            assertThat(snapshot.unmodelled()).isEmpty();
        }
    }
}
