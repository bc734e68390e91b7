package dev.retort.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetortConfigTest {
    private static final Path FILE = Path.of("p/retort.toml");

    @Test
    void readsTheTomlSubset() {
        Map<String, TomlSubset.Entry> e = TomlSubset.parse(FILE, """
                # comment
                top = 'literal # not a comment'
                [database]
                url = "postgresql://u@h/db?x=\\"1\\"#frag" # trailing comment
                [ migrations ]
                port = 5432
                flag = true
                """);
        assertThat(e.get("top").value()).isEqualTo("literal # not a comment");
        assertThat(e.get("database.url").value()).isEqualTo("postgresql://u@h/db?x=\"1\"#frag");
        assertThat(e.get("database.url").line()).isEqualTo(4);
        assertThat(e.get("migrations.port").value()).isEqualTo("5432");
        assertThat(e.get("migrations.flag").value()).isEqualTo("true");
    }

    @Test
    void readsOneLineArraysOfStringsAndTheEntitySettings(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Map<String, TomlSubset.Entry> e = TomlSubset.parse(FILE, "a = [\"com.shop\", 'lib/*', ] # c\nb = []");
        assertThat(e.get("a").value()).isEqualTo("com.shop,lib/*");
        assertThat(e.get("b").value()).isEmpty();
        Path file = dir.resolve("retort.toml");
        Files.writeString(file, """
                [schema]
                entities = ["com.shop.model", "META-INF/persistence.xml#shop"]
                classpath = ["classes", "lib/*"]
                entity_naming = "hibernate"
                keep_live_names = false
                """);
        RetortConfig.load(file);
        SchemaSettings s = SchemaSettings.load(file);
        assertThat(s.entities()).containsExactly("com.shop.model", "META-INF/persistence.xml#shop");
        assertThat(s.classpath()).containsExactly(dir.resolve("classes"), dir.resolve("lib/*"));
        assertThat(s.entityNaming()).isEqualTo("hibernate");
        assertThat(s.keepLiveNames()).isFalse();
        assertThat(SchemaSettings.NONE.keepLiveNames()).isTrue();
    }

    @Test
    void malformedTomlNamesTheLine() {
        assertThatThrownBy(() -> TomlSubset.parse(FILE, "[a]\nx = \"open")).isInstanceOf(ConfigException.class)
                .hasMessage(FILE + ":2: unterminated string (a \" is missing)");
        assertThatThrownBy(() -> TomlSubset.parse(FILE, "x = 1\nx = 2")).hasMessage(FILE + ":2: x is set twice (first on line 1)");
        assertThatThrownBy(() -> TomlSubset.parse(FILE, "[a\n")).hasMessageContaining(":1: malformed table header");
        assertThatThrownBy(() -> TomlSubset.parse(FILE, "x = [1, 2]"))
                .hasMessageContaining(":1: arrays hold quoted strings on one line");
        assertThatThrownBy(() -> TomlSubset.parse(FILE, "x = [\"a\" \"b\"]"))
                .hasMessageContaining(":1: expected ',' or ']' in an array");
        assertThatThrownBy(() -> TomlSubset.parse(FILE, "just text")).hasMessageContaining(":1: expected 'key = value'");
        assertThatThrownBy(() -> TomlSubset.parse(FILE, "x = \"a\" b")).hasMessageContaining(":1: unexpected text after the value");
        assertThatThrownBy(() -> TomlSubset.parse(FILE, "x = \"\\q\"")).hasMessageContaining("unknown escape \\q");
    }

    @Test
    void theTemplateLoadsToTheDefaultsAndSettingsApply() throws Exception {
        Path dir = Files.createTempDirectory("retort-config");
        Path file = dir.resolve("retort.toml");
        Files.writeString(file, RetortConfig.template());
        RetortConfig c = RetortConfig.load(file);
        assertThat(c.url()).isNull();
        assertThat(c.migrationsDirectory()).isEqualTo(dir.toAbsolutePath().resolve("migrations"));
        assertThat(c.versionSchema()).isEqualTo("public");

        Files.writeString(file, "[database]\nurl = \"postgresql://a@b/c\"\n[migrations]\ndirectory = \"db/m\"\nversion_schema = \"Meta\"\n");
        c = RetortConfig.load(file);
        assertThat(c.url()).isEqualTo("postgresql://a@b/c");
        assertThat(c.migrationsDirectory()).isEqualTo(dir.toAbsolutePath().resolve("db/m"));
        assertThat(c.versionSchema()).isEqualTo("Meta");

        Files.writeString(file, "[migrations]\nversion_schema = \"\"\n");
        assertThatThrownBy(() -> RetortConfig.load(file)).hasMessageContaining(":2: version_schema is empty");
        assertThatThrownBy(() -> RetortConfig.load(dir.resolve("missing.toml"))).hasMessageContaining("not found");
    }
}
