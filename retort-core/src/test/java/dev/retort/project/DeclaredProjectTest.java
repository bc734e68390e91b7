package dev.retort.project;

import dev.retort.Retort;
import dev.retort.RetortSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's declared schema: its schema folder and SchemaDefinition classes, under the scope retort.toml sets. */
@RetortDatabaseTest
class DeclaredProjectTest {
    @Test
    void snapshotOfFolderAndDefinitionsUnderTheConfiguredScope(TestDatabase target, @TempDir Path dir) throws Exception {
        target.execute("CREATE TABLE orders (id int PRIMARY KEY, total numeric)");
        Files.createDirectories(dir.resolve("db/views"));
        Files.writeString(dir.resolve("db/views/totals.sql"), "CREATE VIEW totals AS SELECT sum(total) AS t FROM orders;\n");
        Files.writeString(dir.resolve("retort.toml"), """
                [database]
                url = "%s"

                [schema]
                directory = "db"
                kinds = "views"
                definitions = "dev.retort.declared.NamedSchema"
                """.formatted(target.jdbcUrl()));
        RetortProject project = open(dir.resolve("retort.toml"));

        assertThat(project.settings().kinds()).containsExactly("views");
        assertThat(project.declaredScope().kinds()).containsExactly(ObjectKind.VIEW);
        CatalogSnapshot snapshot = project.declaredSnapshot(null, line -> { });
        assertThat(snapshot.objects().keySet()).containsExactly(
                ObjectId.of(ObjectKind.VIEW, "public", "from_service"), // found through ServiceLoader
                ObjectId.of(ObjectKind.VIEW, "public", "named_view"),   // named in retort.toml
                ObjectId.of(ObjectKind.VIEW, "public", "totals"));      // the schema folder, over the target's table
    }

    @Test
    void settingsAreListsAndUnknownOnesAreStillErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("retort.toml");
        Files.writeString(file, """
                [schema]
                schemas = "app, billing"
                exclude_schemas = "audit"
                classpath = "build/classes, lib/defs.jar"

                [dev]
                url = "embedded:17"
                """);
        RetortSettings s = open(file).settings();
        assertThat(s.schemas()).containsExactly("app", "billing");
        assertThat(s.excludeSchemas()).containsExactly("audit");
        assertThat(s.definitionClasspath()).containsExactly(dir.resolve("build/classes"), dir.resolve("lib/defs.jar"));
        assertThat(s.devUrl()).isEqualTo("embedded:17");
        assertThatThrownBy(() -> new RetortProject(s, null, null, null, getClass().getClassLoader())
                .declaredSnapshot(null, line -> { }))
                .isInstanceOf(RetortException.class).hasMessageContaining("is started by the command line");

        Files.writeString(file, "[schema]\nkind = \"views\"\n");
        assertThatThrownBy(() -> open(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown setting schema.kind").hasMessageContaining("schema.kinds");
    }

    private RetortProject open(Path file) {
        return new RetortProject(Retort.configure().configFile(file).load().settings(), null, null, null,
                getClass().getClassLoader());
    }
}
