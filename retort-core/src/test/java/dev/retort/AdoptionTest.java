package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** Adopting Retort on databases that already hold a schema: hand-made, or managed by Flyway. */
@RetortDatabaseTest
class AdoptionTest {
    private static final String LEGACY = """
            CREATE TYPE public.status AS ENUM ('new', 'paid');
            CREATE TABLE public.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
            CREATE TABLE public.orders (id serial PRIMARY KEY, customer_id bigint REFERENCES public.customers,
                status public.status NOT NULL DEFAULT 'new', total numeric(10, 2));
            CREATE INDEX orders_customer ON public.orders (customer_id);
            CREATE FUNCTION public.order_count(c bigint) RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM public.orders WHERE customer_id = c $$;
            CREATE VIEW public.customer_totals AS SELECT c.id, c.name, sum(o.total) AS total
                FROM public.customers c LEFT JOIN public.orders o ON o.customer_id = c.id GROUP BY c.id, c.name;
            COMMENT ON TABLE public.orders IS 'one per checkout';
            """;

    private final List<RetortEvent> events = new CopyOnWriteArrayList<>();

    /** The test class path lists a SchemaDefinition (ServiceListedSchema) every declared schema here would hold. */
    private static final String SERVICE_LISTED = "public.from_service";

    private RetortConfiguration configure(TestDatabase db, Path dir) {
        return Retort.configure().url(db.jdbcUrl()).baseDirectory(dir).listener(events::add);
    }

    private RetortConfiguration configure(TestDatabase db, Path dir, String... exclude) {
        List<String> all = new java.util.ArrayList<>(List.of(exclude));
        all.add(SERVICE_LISTED);
        return configure(db, dir).exclude(all.toArray(String[]::new));
    }

    private List<String> notes() {
        return events.stream().filter(e -> e instanceof RetortEvent.Message m && !m.detail())
                .map(e -> ((RetortEvent.Message) e).text()).toList();
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void upgradeRefusesAnUnstampedDatabaseThatIsNotEmptyUntilItIsStamped(TestDatabase db, @TempDir Path dir)
            throws Exception {
        db.execute("CREATE TABLE public.legacy (id int); CREATE VIEW public.legacy_v AS SELECT id FROM public.legacy");
        write(dir.resolve("migrations/a1_items.sql"), """
                -- items
                -- Revision ID: a1
                -- Revises:
                -- migrate:upgrade
                CREATE TABLE public.items (id int);
                -- migrate:downgrade
                DROP TABLE public.items;
                """);
        Retort retort = configure(db, dir).load();
        assertThatThrownBy(retort::upgrade).isInstanceOf(RetortException.class)
                .hasMessageContaining("Retort has never run on it")
                .hasMessageContaining("1 table, 1 view")
                .hasMessageContaining("public.legacy")
                .hasMessageContaining("retort baseline")
                .hasMessageContaining("retort stamp");
        assertThat(db.queryColumn("SELECT to_regclass('public.items') IS NULL, to_regclass('public.retort_version') IS NULL"))
                .containsExactly("t");
        assertThat(db.queryColumn("SELECT to_regclass('public.retort_version') IS NULL")).containsExactly("t");

        // Stamping base says on purpose that the migrations run on top of what is there.
        retort.stamp("base");
        assertThat(retort.upgrade().revisionIds()).containsExactly("a1");
    }

    @Test
    void anEmptyDatabaseOrOneWithOnlySchemasAndExtensionsUpgrades(TestDatabase db, @TempDir Path dir)
            throws Exception {
        db.execute("CREATE SCHEMA app; CREATE EXTENSION IF NOT EXISTS pgcrypto");
        write(dir.resolve("migrations/a1_items.sql"), """
                -- items
                -- Revision ID: a1
                -- Revises:
                -- migrate:upgrade
                CREATE TABLE app.items (id int);
                """);
        assertThat(configure(db, dir).load().upgrade().revisionIds()).containsExactly("a1");
    }

    @Test
    void excludePatternsTakeObjectsAndWhatHangsOnThemOutOfScope(TestDatabase db, @TempDir Path dir) throws Exception {
        db.execute("""
                CREATE TABLE public.keep (id int PRIMARY KEY);
                CREATE SCHEMA audit; CREATE TABLE audit.log (id int PRIMARY KEY, at timestamptz);
                CREATE INDEX log_at ON audit.log (at);
                CREATE TABLE public.tmp_import (x text); CREATE TABLE public.tmp_export (y text);
                CREATE FUNCTION public.tmp_fn() RETURNS int LANGUAGE sql AS 'SELECT 1';
                """);
        write(dir.resolve("schema/keep.sql"), "CREATE TABLE public.keep (id int PRIMARY KEY);\n");
        write(dir.resolve("migrations/.keep"), "");
        retortStampedBase(db, dir);
        CheckResult without = configure(db, dir, new String[0]).load().check();
        assertThat(without.drift()).extracting(Change::sql).anySatisfy(s -> assertThat(s).contains("audit.log"))
                .anySatisfy(s -> assertThat(s).contains("tmp_import"));

        CheckResult with = configure(db, dir, "audit.*", "tmp_*").load().check();
        assertThat(with.drift()).as("drift: %s", with.drift()).isEmpty();
        assertThat(with.passed()).isTrue();
        // The same from retort.toml.
        write(dir.resolve("retort.toml"), "[schema]\nexclude = [\"audit.*\", \"public.tmp_?mport\", \"tmp_export\", \"tmp_fn\", \"from_service\"]\n");
        CheckResult fromFile = Retort.configure().configFile(dir.resolve("retort.toml")).url(db.jdbcUrl())
                .listener(e -> { }).load().check();
        assertThat(fromFile.drift()).isEmpty();
        assertThatThrownBy(() -> configure(db, dir, "a.b.c").load().check())
                .hasMessageContaining("exclude pattern 'a.b.c'");
    }

    private void retortStampedBase(TestDatabase db, Path dir) {
        configure(db, dir).load().stamp("base");
    }

    @Test
    void otherToolsBookkeepingTablesAreOutOfScopeWithANote(TestDatabase db, @TempDir Path dir) throws Exception {
        db.execute("""
                CREATE TABLE public.alembic_version (version_num varchar(32) PRIMARY KEY);
                CREATE TABLE public.databasechangelog (id text); CREATE TABLE public.databasechangeloglock (id int PRIMARY KEY);
                CREATE TABLE public.items (id int);
                """);
        write(dir.resolve("schema/items.sql"), "CREATE TABLE public.items (id int);\n");
        Files.createDirectories(dir.resolve("migrations"));
        CheckResult check = configure(db, dir, new String[0]).load().check();
        assertThat(check.drift()).as("drift: %s", check.drift()).isEmpty();
        assertThat(notes()).anySatisfy(n -> assertThat(n).contains("public.alembic_version")
                .contains("Alembic's version table").contains("left out of scope"));
        assertThat(notes()).anySatisfy(n -> assertThat(n).contains("public.databasechangeloglock"));
    }

    @Test
    void baselineWritesARevisionOfTheLiveSchemaProvenBothWaysAndStampsIt(TestDatabase db, @TempDir Path dir)
            throws Exception {
        db.execute(LEGACY);
        Files.createDirectories(dir.resolve("migrations"));
        Retort retort = configure(db, dir).load();
        String before = dump(retort);

        BaselineResult b = retort.baseline(new BaselineOptions("adopt production", "base1", true, true));
        assertThat(b.revision()).isEqualTo("base1");
        assertThat(b.stamped()).isTrue();
        assertThat(Files.readString(b.file())).contains("CREATE TABLE public.customers").contains("CREATE VIEW")
                .contains("DROP TABLE public.orders");
        assertThat(b.schemaFiles()).extracting(p -> p.getFileName().toString()).containsExactly("public.sql");
        assertThat(retort.current()).containsExactly("base1");
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(RetortEvent.PlanVerified.class));

        // The database now matches the declared schema the baseline wrote, and is at head.
        Retort reloaded = configure(db, dir, new String[0]).load();
        assertThat(reloaded.check().passed()).as("drift: %s", reloaded.check().drift()).isTrue();
        // Round trip: down to an empty database, up again, the same catalogs.
        reloaded.downgrade("base");
        assertThat(db.queryColumn("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                + "AND relname NOT LIKE 'retort_%'")).containsExactly("0");
        reloaded.upgrade();
        assertThat(dump(reloaded)).isEqualTo(before);

        assertThatThrownBy(() -> reloaded.baseline(BaselineOptions.DEFAULTS)).hasMessageContaining("already managed");
    }

    @Test
    void baselineWithoutStampOnlyWritesFiles(TestDatabase db, @TempDir Path dir) throws Exception {
        db.execute("CREATE TABLE public.t (id int)");
        write(dir.resolve("schema/mine.sql"), "CREATE TABLE public.t (id int);\n");
        Files.createDirectories(dir.resolve("migrations"));
        Retort retort = configure(db, dir).load();
        BaselineResult b = retort.baseline(new BaselineOptions(null, null, false, true));
        assertThat(b.stamped()).isFalse();
        assertThat(b.schemaFiles()).isEmpty(); // the folder already declared something
        assertThat(retort.current()).isEmpty();
        assertThat(db.queryColumn("SELECT to_regclass('public.retort_version') IS NULL")).containsExactly("t");
        assertThat(notes()).anySatisfy(n -> assertThat(n).contains("already declares a schema"));
    }

    private static String dump(Retort retort) {
        return retort.inspect().snapshot().all().stream().filter(o -> !String.valueOf(o.id()).contains("retort_"))
                .map(Object::toString).sorted().reduce("", (a, b) -> a + b + "\n");
    }

    // ---- Flyway ----------------------------------------------------------------------------------------------

    private static Path flywayProject(Path dir) throws Exception {
        Path loc = dir.resolve("flyway");
        write(loc.resolve("V1__create_customers.sql"), "CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);\r\n");
        write(loc.resolve("V1_1__orders.sql"), """
                \uFEFFCREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id),
                    total numeric(10, 2));
                CREATE INDEX orders_customer ON orders (customer_id);
                """);
        write(loc.resolve("sub/V2__totals_function.sql"), """
                CREATE FUNCTION customer_total(c bigint) RETURNS numeric LANGUAGE sql
                AS $$ SELECT coalesce(sum(total), 0) FROM orders WHERE customer_id = c $$;
                """);
        write(loc.resolve("R__customer_view.sql"), """
                CREATE OR REPLACE VIEW customer_totals AS SELECT c.id, customer_total(c.id) AS total FROM customers c;
                """);
        return loc;
    }

    private static void flywayMigrate(TestDatabase db, Path locations) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(db.jdbcUrl());
        Flyway.configure().dataSource(ds).locations("filesystem:" + locations).load().migrate();
    }

    @Test
    void aFlywayDatabaseIsAdoptedWithABaselineAndCheckPasses(TestDatabase db, @TempDir Path dir) throws Exception {
        Path flyway = flywayProject(dir);
        flywayMigrate(db, flyway);
        Files.createDirectories(dir.resolve("migrations"));
        Retort retort = configure(db, dir).load();

        // Before adoption, an upgrade refuses and points at the import.
        write(dir.resolve("m2/a1_x.sql"), "-- x\n-- Revision ID: a1\n-- Revises:\n-- migrate:upgrade\nSELECT 1;\n");
        assertThatThrownBy(() -> configure(db, dir).migrations(dir.resolve("m2").toString()).load().upgrade())
                .hasMessageContaining("managed by Flyway").hasMessageContaining("retort import flyway");

        ImportResult result = retort.importFlyway(FlywayImportOptions.baseline(flyway.toString()));
        assertThat(result.chain()).isFalse();
        assertThat(result.revisions()).hasSize(1);
        assertThat(result.stampedAt()).isEqualTo(result.revisions());
        // Flyway's own checksums match ours: every file is recognised as unchanged.
        assertThat(result.imported()).extracting(ImportedMigration::version).containsExactly("1", "1.1", "2", null);
        assertThat(result.imported()).extracting(ImportedMigration::fileStatus).containsOnly("matches");
        assertThat(Files.readString(result.files().get(0))).doesNotContain("flyway_schema_history")
                .contains("CREATE TABLE public.customers").contains("at version 2");

        // Flyway's table stays, out of scope; its history is in retort_history as imported rows.
        assertThat(db.queryColumn("SELECT count(*) FROM public.flyway_schema_history")).containsExactly("4");
        assertThat(db.queryColumn("SELECT direction || ' ' || revision || ' ' || source FROM public.retort_history ORDER BY id"))
                .hasSize(5).first().asString().startsWith("import " + result.revisions().get(0) + " flyway V1 create customers");
        assertThat(db.queryColumn("SELECT direction FROM public.retort_history ORDER BY id DESC LIMIT 1"))
                .containsExactly("stamp");

        CheckResult check = configure(db, dir, new String[0]).load().check();
        assertThat(check.passed()).as("drift: %s", check.drift()).isTrue();
        assertThat(notes()).anySatisfy(n -> assertThat(n).contains("public.flyway_schema_history"));
        CheckResult replay = configure(db, dir, new String[0]).load().checkReplay();
        assertThat(replay.passed()).as("drift: %s", replay.drift()).isTrue();

        // From here on it is a Retort project: the next change is autogenerated from the declared schema.
        write(dir.resolve("schema/public.sql"), Files.readString(dir.resolve("schema/public.sql"))
                + "\nCREATE TABLE public.notes (id int);\n");
        AutogenerateResult next = configure(db, dir, new String[0]).load().autogenerate("notes");
        assertThat(next.upgrade()).extracting(Change::sql).singleElement().asString()
                .startsWith("CREATE TABLE public.notes");
    }

    @Test
    void aFlywayDatabaseIsImportedAsAChainThatReplaysToItsSchema(TestDatabase db, @TempDir Path dir) throws Exception {
        Path flyway = flywayProject(dir);
        flywayMigrate(db, flyway);
        // A migration Flyway has not run yet becomes a pending revision.
        write(flyway.resolve("V3__notes.sql"), "CREATE TABLE notes (id int);\n");
        write(flyway.resolve("U3__notes.sql"), "DROP TABLE notes;\n");
        Files.createDirectories(dir.resolve("migrations"));

        assertThatThrownBy(() -> configure(db, dir).load().importFlyway(FlywayImportOptions.baseline(flyway.toString())))
                .hasMessageContaining("Flyway has not applied V3").hasMessageContaining("--chain");

        ImportResult result = configure(db, dir).load().importFlyway(FlywayImportOptions.chain(flyway.toString()));
        // The repeatable migrations follow the versioned ones Flyway had applied when it last ran them.
        assertThat(result.revisions()).containsExactly("v1", "v1_1", "v2", "flyway_repeatable", "v3");
        assertThat(result.stampedAt()).containsExactly("flyway_repeatable");
        assertThat(result.pending()).containsExactly("v3");
        Retort retort = configure(db, dir).load();
        assertThat(retort.revision("v3").reversible()).isTrue();
        assertThat(retort.current()).containsExactly("flyway_repeatable");

        RunResult up = retort.upgrade();
        assertThat(up.revisionIds()).containsExactly("v3");
        assertThat(db.queryColumn("SELECT to_regclass('public.notes') IS NOT NULL")).containsExactly("t");
        assertThat(retort.checkReplay().drift()).extracting(Change::object).doesNotContain("table public.customers");
        retort.downgrade("flyway_repeatable");
        assertThat(db.queryColumn("SELECT to_regclass('public.notes') IS NULL")).containsExactly("t");
    }

    @Test
    void aFlywayChainThatDoesNotReplayToTheLiveSchemaIsRefusedAndNothingIsWritten(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path flyway = flywayProject(dir);
        flywayMigrate(db, flyway);
        db.execute("ALTER TABLE public.customers ADD COLUMN added_by_hand text");
        Files.createDirectories(dir.resolve("migrations"));
        assertThatThrownBy(() -> configure(db, dir).load().importFlyway(FlywayImportOptions.chain(flyway.toString())))
                .hasMessageContaining("do not give the schema").hasMessageContaining("table public.customers")
                .hasMessageContaining("Nothing was written");
        try (var files = Files.list(dir.resolve("migrations"))) {
            assertThat(files).isEmpty();
        }
        assertThat(db.queryColumn("SELECT to_regclass('public.retort_history') IS NULL")).containsExactly("t");
    }

    @Test
    void aLiquibaseDatabaseIsAdoptedWithABaseline(TestDatabase db, @TempDir Path dir) throws Exception {
        write(dir.resolve("liquibase/changelog.sql"), """
                --liquibase formatted sql
                --changeset alice:1
                CREATE TABLE customers (id int PRIMARY KEY, name text);
                --changeset bob:2
                CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id));
                """);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl())) {
            liquibase.database.Database database = liquibase.database.DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new liquibase.database.jvm.JdbcConnection(c));
            try (liquibase.Liquibase lb = new liquibase.Liquibase("changelog.sql",
                    new liquibase.resource.DirectoryResourceAccessor(dir.resolve("liquibase")), database)) {
                lb.update("");
            }
        }
        Files.createDirectories(dir.resolve("migrations"));
        ImportResult result = configure(db, dir).load().importLiquibase(null, true);
        assertThat(result.tool()).isEqualTo("liquibase");
        assertThat(result.imported()).extracting(ImportedMigration::version).containsExactly("1", "2");
        assertThat(result.imported()).extracting(ImportedMigration::installedBy).containsExactly("alice", "bob");
        assertThat(Files.readString(result.files().get(0))).contains("CREATE TABLE public.orders")
                .doesNotContain("databasechangelog");
        assertThat(db.queryColumn("SELECT source FROM public.retort_history WHERE direction = 'import' ORDER BY id"))
                .containsExactly("liquibase 1 by alice (changelog.sql, EXECUTED)", "liquibase 2 by bob (changelog.sql, EXECUTED)");
        assertThat(db.queryColumn("SELECT count(*) FROM public.databasechangelog")).containsExactly("2");
        CheckResult check = configure(db, dir, new String[0]).load().check();
        assertThat(check.passed()).as("drift: %s", check.drift()).isTrue();
        assertThat(notes()).anySatisfy(n -> assertThat(n).contains("public.databasechangelog (Liquibase's changelog table)"));
    }
}
