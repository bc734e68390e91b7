package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What build tools and frameworks configure Retort with: settings as text by key, their own default locations,
 * a user and password kept apart from the URL, and SchemaDefinition classes on their class loader.
 */
@RetortDatabaseTest
class BuildToolSettingsTest {
    @Test
    void settingsAsTextByKeyEqualTheTypedMethods(@TempDir Path dir) {
        RetortSettings typed = Retort.configure().baseDirectory(dir)
                .url("postgresql://app@db.example:5433/shop").lockTimeout(Duration.ofSeconds(3))
                .statementTimeout(Duration.ofMinutes(2)).lockRetries(4).advisoryLockTimeout(Duration.ofMillis(500))
                .migrations("db/migrations", "classpath:db/migration").versionSchema("meta")
                .transactionMode(RetortSettings.TransactionMode.PER_REVISION)
                .schemaLocations("schema").schemas("app", "billing").excludeSchemas("audit")
                .kinds("views", "functions").excludeTables("app.legacy").definitions("com.acme.ShopSchema")
                .owners(false).devUrl("postgresql://dev@devdb/postgres").entities("com.shop.model", "com.shop.Tag")
                .entityNaming("hibernate").keepLiveNames(false).cache(false).cacheSize(64).load().settings();
        Map<String, String> texts = Map.ofEntries(
                Map.entry("database.url", "postgresql://app@db.example:5433/shop"),
                Map.entry("database.lock_timeout", "3s"), Map.entry("database.statement_timeout", "2min"),
                Map.entry("database.lock_retries", "4"), Map.entry("database.advisory_lock_timeout", "500ms"),
                Map.entry("migrations.locations", "db/migrations,classpath:db/migration"),
                Map.entry("migrations.version_schema", "meta"), Map.entry("migrations.transaction_mode", "per-revision"),
                Map.entry("schema.locations", "schema"), Map.entry("schema.schemas", "app, billing"),
                Map.entry("schema.exclude_schemas", "audit"), Map.entry("schema.kinds", "views,functions"),
                Map.entry("schema.exclude_tables", "app.legacy"), Map.entry("schema.definitions", "com.acme.ShopSchema"),
                Map.entry("schema.owners", "false"), Map.entry("dev.url", "postgresql://dev@devdb/postgres"),
                Map.entry("schema.entities", "com.shop.model,com.shop.Tag"),
                Map.entry("schema.entity_naming", "hibernate"), Map.entry("schema.keep_live_names", "false"),
                Map.entry("dev.cache", "false"), Map.entry("dev.cache_size", "64"));
        RetortConfiguration c = Retort.configure().baseDirectory(dir);
        texts.forEach((key, value) -> c.setting(key, value, "<" + key + ">"));
        assertThat(c.load().settings()).isEqualTo(typed);
    }

    @Test
    void aBadTextSettingNamesWhereItCameFrom(@TempDir Path dir) {
        assertThatThrownBy(() -> Retort.configure().baseDirectory(dir)
                .setting("database.lock_timeout", "soon", "<lockTimeout> of the plugin").load())
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("<lockTimeout> of the plugin: database.lock_timeout 'soon' is not a duration");
        assertThatThrownBy(() -> Retort.configure().setting("database.color", "blue", "-Dretort.color"))
                .isInstanceOf(RetortException.class)
                .hasMessage("-Dretort.color: database.color is not a Retort setting");
    }

    @Test
    void defaultLocationsGiveWayToTheFileTheEnvironmentAndCode(@TempDir Path dir) throws Exception {
        Location conventional = Location.filesystem(dir.resolve("src/main/resources/db/migration"));
        assertThat(conventions(dir).load().settings().migrations()).containsExactly(conventional);
        assertThat(conventions(dir).load().settings().schemaLocations())
                .containsExactly(Location.filesystem(dir.resolve("src/main/resources/db/schema")));

        assertThat(conventions(dir).environment(Map.of("RETORT_MIGRATIONS", "env-migrations")).load().settings()
                .migrations()).containsExactly(Location.filesystem(dir.resolve("env-migrations")));
        assertThat(conventions(dir).migrations("code-migrations").load().settings().migrations())
                .containsExactly(Location.filesystem(dir.resolve("code-migrations")));
        Path toml = dir.resolve("retort.toml");
        Files.writeString(toml, "[migrations]\nlocations = [\"toml-migrations\"]\n");
        RetortSettings fromFile = conventions(dir).configFile(toml).load().settings();
        assertThat(fromFile.migrations()).containsExactly(Location.filesystem(dir.resolve("toml-migrations")));
        assertThat(fromFile.schemaLocations())
                .containsExactly(Location.filesystem(dir.resolve("src/main/resources/db/schema")));
    }

    private static RetortConfiguration conventions(Path dir) {
        return Retort.configure().baseDirectory(dir).defaultMigrations("src/main/resources/db/migration")
                .defaultSchemaLocations("src/main/resources/db/schema");
    }

    @Test
    void aUserAndPasswordSetApartReplaceTheUrlsAndThePasswordIsNeverShown(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        String url = db.jdbcUrl().replaceAll("[?&]user=[^&]*", "") + "?user=no_such_role_here";
        assertThatThrownBy(() -> Retort.configure().baseDirectory(dir).url(url).load().current())
                .hasMessageContaining("no_such_role_here");

        String user = db.queryColumn("SELECT current_user").get(0);
        List<RetortEvent> events = new ArrayList<>();
        Retort retort = Retort.configure().baseDirectory(dir).url(url).user(user).password("s3cret-build-password")
                .listener(events::add).load();
        assertThat(retort.current()).isEmpty();
        assertThat(events).first().isInstanceOfSatisfying(RetortEvent.RunStarted.class, e ->
                assertThat(e.database()).contains(user + ":***@").doesNotContain("s3cret-build-password"));

        assertThatThrownBy(() -> Retort.configure().baseDirectory(dir).password("x").load())
                .hasMessage("a user or password is set but no database URL: set the URL too");
    }

    @Test
    void schemaDefinitionsAreFoundThroughTheConfiguredClassLoader(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path src = dir.resolve("src/com/acme/Reports.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package com.acme;
                import dev.retort.declared.*;
                public final class Reports implements SchemaDefinition {
                    public void define(SchemaBuilder schema) {
                        schema.add(new PgView("public", "answer", "SELECT 42 AS answer"));
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(classes.resolve("META-INF/services/dev.retort.declared.SchemaDefinition"), "com.acme.Reports\n");
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), src.toString())).isZero();

        Retort without = Retort.configure().baseDirectory(dir).url(db.jdbcUrl()).listener(e -> { }).load();
        assertThat(without.diff(SchemaSource.database(), SchemaSource.declared()).changes())
                .extracting(Change::object).doesNotContain("view public.answer");
        try (URLClassLoader build = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Retort retort = Retort.configure().baseDirectory(dir).url(db.jdbcUrl()).classLoader(build)
                    .listener(e -> { }).load();
            DiffResult diff = retort.diff(SchemaSource.database(), SchemaSource.declared());
            assertThat(diff.changes()).extracting(Change::object).contains("view public.answer");
        }
    }
}
