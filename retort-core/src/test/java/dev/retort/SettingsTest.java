package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.project.ConfigException;
import dev.retort.project.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every setting, from code, from retort.toml and from RETORT_* variables, gives the same settings. */
class SettingsTest {
    private static final String TOML = """
            [database]
            url = "postgresql://app@db.example:5433/shop"
            lock_timeout = "3s"
            statement_timeout = "2min"
            lock_retries = 4
            advisory_lock_timeout = "500ms"

            [migrations]
            locations = ["db/migrations", "classpath:db/migration"]
            version_schema = "meta"
            transaction_mode = "per-revision"

            [schema]
            locations = ["schema", "classpath:db/schema"]
            schemas = ["app", "billing"]
            exclude_schemas = ["audit"]
            kinds = ["views", "functions"]
            exclude_tables = ["app.legacy"]
            exclude = ["audit.*", "tmp_*"]
            classpath = ["build/classes"]
            definitions = ["com.acme.ShopSchema"]
            owners = false
            entities = ["com.shop.model", "META-INF/persistence.xml#shop"]
            entity_naming = "hibernate"
            keep_live_names = false

            [dev]
            url = "postgresql://dev@devdb/postgres"
            cache = false
            cache_directory = "build/retort-cache"
            cache_size = 64

            [plan]
            online = false
            allow_hazards = ["data-loss", "Table_Rewrite"]

            [renames]
            "app.clients" = "customers"
            app.clients.name = "full_name"
            'app."Orders".client' = "customer"
            """;

    private static final Map<String, String> ENV = Map.ofEntries(
            Map.entry("RETORT_URL", "postgresql://app@db.example:5433/shop"),
            Map.entry("RETORT_LOCK_TIMEOUT", "3s"),
            Map.entry("RETORT_STATEMENT_TIMEOUT", "2min"),
            Map.entry("RETORT_LOCK_RETRIES", "4"),
            Map.entry("RETORT_ADVISORY_LOCK_TIMEOUT", "500ms"),
            Map.entry("RETORT_MIGRATIONS", "db/migrations, classpath:db/migration"),
            Map.entry("RETORT_VERSION_SCHEMA", "meta"),
            Map.entry("RETORT_TRANSACTION_MODE", "per-revision"),
            Map.entry("RETORT_SCHEMA_LOCATIONS", "schema,classpath:db/schema"),
            Map.entry("RETORT_SCHEMAS", "app,billing"),
            Map.entry("RETORT_EXCLUDE_SCHEMAS", "audit"),
            Map.entry("RETORT_KINDS", "views,functions"),
            Map.entry("RETORT_EXCLUDE_TABLES", "app.legacy"),
            Map.entry("RETORT_EXCLUDE", "audit.*,tmp_*"),
            Map.entry("RETORT_CLASSPATH", "build/classes"),
            Map.entry("RETORT_DEFINITIONS", "com.acme.ShopSchema"),
            Map.entry("RETORT_OWNERS", "false"),
            Map.entry("RETORT_ENTITIES", "com.shop.model, META-INF/persistence.xml#shop"),
            Map.entry("RETORT_ENTITY_NAMING", "hibernate"),
            Map.entry("RETORT_KEEP_LIVE_NAMES", "false"),
            Map.entry("RETORT_DEV_URL", "postgresql://dev@devdb/postgres"),
            Map.entry("RETORT_CACHE", "false"),
            Map.entry("RETORT_CACHE_DIRECTORY", "build/retort-cache"),
            Map.entry("RETORT_CACHE_SIZE", "64"),
            Map.entry("RETORT_ONLINE", "false"),
            Map.entry("RETORT_ALLOW_HAZARDS", "data-loss, table rewrite"),
            Map.entry("RETORT_RENAMES", "app.clients=customers, app.clients.name=full_name, "
                    + "app.\"Orders\".client=customer"));

    @Test
    void codeTomlAndEnvironmentGiveEqualSettings(@TempDir Path dir) throws Exception {
        RetortSettings fromCode = Retort.configure().baseDirectory(dir)
                .url("postgresql://app@db.example:5433/shop").lockTimeout(Duration.ofSeconds(3))
                .statementTimeout(Duration.ofMinutes(2)).lockRetries(4).advisoryLockTimeout(Duration.ofMillis(500))
                .migrations("db/migrations", "classpath:db/migration").versionSchema("meta")
                .transactionMode(RetortSettings.TransactionMode.PER_REVISION)
                .schemaLocations("schema", "classpath:db/schema").schemas("app", "billing").excludeSchemas("audit")
                .kinds("views", "functions").excludeTables("app.legacy").exclude("audit.*", "tmp_*").definitionClasspath("build/classes")
                .definitions("com.acme.ShopSchema").owners(false).devUrl("postgresql://dev@devdb/postgres")
                .entities("com.shop.model", "META-INF/persistence.xml#shop").entityNaming("hibernate")
                .keepLiveNames(false).cache(false).cacheDirectory("build/retort-cache").cacheSize(64).online(false).allowHazards("data-loss", "table-rewrite")
                .renames(new java.util.LinkedHashMap<>(Map.of("app.clients", "customers")) {{
                    put("app.clients.name", "full_name");
                    put("app.\"Orders\".client", "customer");
                }})
                .load().settings();
        Path file = dir.resolve("retort.toml");
        Files.writeString(file, TOML);
        RetortSettings fromToml = Retort.configure().configFile(file).load().settings();
        RetortSettings fromEnv = Retort.configure().baseDirectory(dir).environment(ENV).load().settings();

        assertThat(fromToml).isEqualTo(fromCode);
        assertThat(fromEnv).isEqualTo(fromCode);
        assertThat(fromCode).isNotEqualTo(RetortSettings.defaults(dir));
        assertThat(fromCode.migrations()).containsExactly(Location.filesystem(dir.resolve("db/migrations")),
                Location.classpath("db/migration"));
        assertThat(fromCode.writableMigrations()).isEqualTo(dir.resolve("db/migrations"));
        assertThat(fromCode.entities()).containsExactly("com.shop.model", "META-INF/persistence.xml#shop");
        assertThat(fromCode.entityNaming()).isEqualTo("hibernate");
        assertThat(fromCode.keepLiveNames()).isFalse();
        assertThat(RetortSettings.defaults(dir).keepLiveNames()).isTrue();
        assertThat(fromCode.cachePath()).isEqualTo(dir.resolve("build/retort-cache"));
        assertThat(RetortSettings.defaults(dir).cache()).isTrue();
        assertThat(RetortSettings.defaults(dir).cachePath()).isEqualTo(dir.resolve(".retort/cache"));
        assertThat(fromCode.online()).isFalse();
        assertThat(RetortSettings.defaults(dir).online()).isTrue();
        assertThat(fromCode.allowHazards()).containsExactly("data-loss", "table-rewrite");
        assertThat(fromToml.renames()).containsExactly("app.clients=customers", "app.clients.name=full_name",
                "app.\"Orders\".client=customer");
        // Every setting has a variable, and the test above sets each one.
        assertThat(Arrays.stream(Setting.values()).map(Setting::environmentVariable)).allMatch(ENV::containsKey);
    }

    @Test
    void codeWinsOverTheEnvironmentWhichWinsOverTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("retort.toml");
        Files.writeString(file, "[migrations]\nversion_schema = \"from_file\"\ndirectory = \"m\"\n");
        Map<String, String> env = Map.of("RETORT_VERSION_SCHEMA", "from_env");
        assertThat(Retort.configure().configFile(file).load().settings().versionSchema()).isEqualTo("from_file");
        assertThat(Retort.configure().configFile(file).load().settings().migrations())
                .containsExactly(Location.filesystem(dir.resolve("m")));
        assertThat(Retort.configure().configFile(file).environment(env).load().settings().versionSchema())
                .isEqualTo("from_env");
        assertThat(Retort.configure().configFile(file).environment(env).versionSchema("from_code").load()
                .settings().versionSchema()).isEqualTo("from_code");
        assertThat(RetortSettings.defaults(dir)).isEqualTo(Retort.configure().baseDirectory(dir).load().settings());
    }

    @Test
    void environmentVariablesAreExpandedInTheFileAfterParsing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("retort.toml");
        Files.writeString(file, """
                [database]
                url = "postgresql://${DB_USER}@${DB_HOST:-localhost}/app"   # a comment
                [schema]
                schemas = ["${TENANT}", "shared"]
                definitions = ["literal $${NOT_A_VARIABLE}"]
                """);
        Map<String, String> env = new HashMap<>(Map.of("DB_USER", "ci", "TENANT", "t1"));
        RetortSettings s = Retort.configure().configFile(file).environment(env).load().settings();
        assertThat(s.url()).isEqualTo("postgresql://ci@localhost/app");
        assertThat(s.schemas()).containsExactly("t1", "shared");
        assertThat(s.definitions()).containsExactly("literal ${NOT_A_VARIABLE}");

        env.remove("DB_USER");
        assertThatThrownBy(() -> Retort.configure().configFile(file).environment(env).load())
                .isInstanceOf(ConfigException.class).hasMessage(file.toAbsolutePath() + ":2: database.url uses "
                        + "${DB_USER}, which is not set (set it, or write ${DB_USER:-default})");
    }

    @Test
    void unknownKeysBadValuesAndBadTomlNameTheirLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("retort.toml");
        Files.writeString(file, "[database]\nurl = \"postgresql://h/db\"\n\n[schema]\nkind = \"views\"\n");
        assertThatThrownBy(() -> Retort.configure().configFile(file).load()).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.toAbsolutePath() + ":5: unknown setting schema.kind (known: ")
                .hasMessageContaining("schema.kinds");

        Files.writeString(file, "[database]\n\n[migration]\n");
        assertThatThrownBy(() -> Retort.configure().configFile(file).load()).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.toAbsolutePath() + ":3: unknown setting migration (known: ");

        Files.writeString(file, "[database]\nlock_timeout = \"soon\"\n");
        assertThatThrownBy(() -> Retort.configure().configFile(file).load()).isInstanceOf(RetortException.class)
                .hasMessageContaining(":2: lock_timeout 'soon' is not a duration");

        Files.writeString(file, "[migrations]\nversion_schema = \"a\"\nversion_schema = \"b\"\n");
        assertThatThrownBy(() -> Retort.configure().configFile(file).load()).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.toAbsolutePath() + ":3: not valid TOML");

        Files.writeString(file, "[migrations]\ndirectory = \"m\"\nlocations = [\"n\"]\n");
        assertThatThrownBy(() -> Retort.configure().configFile(file).load())
                .hasMessageContaining("migrations.directory and migrations.locations are both set");

        Files.writeString(file, "[migrations]\nversion_schema = \"\"\n");
        assertThatThrownBy(() -> Retort.configure().configFile(file).load()).hasMessageContaining("version schema is empty");
        assertThatThrownBy(() -> Retort.configure().configFile(dir.resolve("missing.toml")).load())
                .hasMessageContaining("not found");
        assertThat(Retort.configure().configFileIfExists(dir.resolve("missing.toml")).load().settings().baseDirectory())
                .isEqualTo(dir.toAbsolutePath());
        assertThatThrownBy(() -> Retort.configure().environment(Map.of("RETORT_LOCK_RETRIES", "many")).load())
                .hasMessageContaining("environment variable RETORT_LOCK_RETRIES: RETORT_LOCK_RETRIES 'many'");
    }

    @Test
    void theInitTemplateLoadsToTheDefaults(@TempDir Path dir) {
        assertThat(Retort.init(dir)).hasSize(3);
        assertThat(Retort.configure().configFile(dir.resolve("retort.toml")).load().settings())
                .isEqualTo(RetortSettings.defaults(dir));
    }

    @Test
    void settingsNeverPrintAPassword(@TempDir Path dir) {
        RetortSettings s = Retort.configure().baseDirectory(dir).url("postgresql://app:s3cret@h/db")
                .devUrl("jdbc:postgresql://h/db?user=u&password=s3cret").load().settings();
        assertThat(s.toString()).doesNotContain("s3cret").contains("app:***@h");
        assertThat(List.of(SchemaSource.url("postgresql://a:s3cret@h/db")).toString()).doesNotContain("s3cret");
    }
}
