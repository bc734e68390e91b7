package dev.retort.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.sql.SqlStatement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptParserTest {
    static final String EXAMPLE = """
            -- Created a view called order_line_items that returns order line items.
            --
            -- Revision ID: e2ba9d70fc4d
            -- Revises: 6e58a26e5c70
            -- Create Date: 2026-02-07 19:26:28.816521

            -- migrate:upgrade
            CREATE VIEW order_line_items AS
              SELECT 1 AS id;

            -- migrate:downgrade
            DROP VIEW order_line_items;
            """;
    static final Path FILE = Path.of("migrations/e2ba9d70fc4d_order_line_items.sql");

    @Test
    void readsTheDocumentedFormat() {
        RevisionScript s = ScriptParser.parse(FILE, EXAMPLE);
        assertThat(s.id()).isEqualTo("e2ba9d70fc4d");
        assertThat(s.parents()).containsExactly("6e58a26e5c70");
        assertThat(s.message()).isEqualTo("Created a view called order_line_items that returns order line items.");
        assertThat(s.createDate()).isEqualTo("2026-02-07 19:26:28.816521");
        assertThat(s.transactional()).isTrue();
        assertThat(s.reversible()).isTrue();
        assertThat(s.upgrade()).containsExactly(new SqlStatement("CREATE VIEW order_line_items AS\n  SELECT 1 AS id", 8));
        assertThat(s.downgrade()).containsExactly(new SqlStatement("DROP VIEW order_line_items", 12));
        assertThat(s.checksum()).hasSize(64);
    }

    @Test
    void readsOptionalFieldsMergesAndNoTransaction() {
        String text = """
                -- Merge and index
                -- Revision ID: abc
                -- Revises: p1, p2
                -- Create Date: 2026-01-01
                -- Branch Labels: feature_x
                -- Depends On: d1 d2
                -- migrate:no-transaction

                -- migrate:upgrade
                CREATE INDEX CONCURRENTLY i ON t (c);
                """;
        RevisionScript s = ScriptParser.parse(Path.of("abc_merge.sql"), text);
        assertThat(s.parents()).containsExactly("p1", "p2");
        assertThat(s.isMerge()).isTrue();
        assertThat(s.branchLabels()).containsExactly("feature_x");
        assertThat(s.dependsOn()).containsExactly("d1", "d2");
        assertThat(s.transactional()).isFalse();
        assertThat(s.reversible()).isFalse();
        assertThat(s.downgrade()).isEmpty();
    }

    @Test
    void anAutocommitLineMarksTheStatementAfterItAndAllowedHazardsIsAField() {
        String text = """
                -- Index
                -- Revision ID: abc
                -- Revises:
                -- Allowed Hazards: data-loss, table-rewrite

                -- migrate:upgrade
                ALTER TABLE t ADD COLUMN c int;
                -- migrate:autocommit
                -- hazards: index build
                CREATE INDEX CONCURRENTLY i ON t (c);
                SELECT 1;

                -- migrate:downgrade
                -- migrate:autocommit
                DROP INDEX CONCURRENTLY i;
                """;
        RevisionScript s = ScriptParser.parse(Path.of("abc_index.sql"), text);
        assertThat(s.transactional()).isTrue();
        assertThat(s.upgrade()).extracting(SqlStatement::autocommit).containsExactly(false, true, false);
        assertThat(s.upgrade().get(1).line()).isEqualTo(10);
        assertThat(s.downgrade()).extracting(SqlStatement::autocommit).containsExactly(true);
    }

    @Test
    void anAutocommitLineWithoutAStatementAfterItOrInsideOneIsRefused() {
        String head = "-- x\n-- Revision ID: abc\n-- Revises:\n\n";
        assertThatThrownBy(() -> ScriptParser.parse(Path.of("abc_x.sql"), head
                + "-- migrate:upgrade\nSELECT 1;\n-- migrate:autocommit\n-- migrate:downgrade\nSELECT 2;\n"))
                .isInstanceOf(ScriptFormatException.class)
                .hasMessageContaining("abc_x.sql:7: '-- migrate:autocommit' is not followed by a statement");
        assertThatThrownBy(() -> ScriptParser.parse(Path.of("abc_x.sql"), head
                + "-- migrate:autocommit\n-- migrate:upgrade\nSELECT 1;\n"))
                .hasMessageContaining("abc_x.sql:5: '-- migrate:autocommit' before '-- migrate:upgrade'");
        assertThatThrownBy(() -> ScriptParser.parse(Path.of("abc_x.sql"), head
                + "-- migrate:upgrade\nSELECT $$\n-- migrate:autocommit\n$$;\n"))
                .hasMessageContaining("abc_x.sql:7: '-- migrate:autocommit' inside the statement starting at line 6");
        assertThatThrownBy(() -> ScriptParser.parse(Path.of("abc_x.sql"), "-- x\n-- Revision ID: abc\n-- Revises:\n"
                + "-- Allowed Hazards: Data Loss!\n\n-- migrate:upgrade\nSELECT 1;\n"))
                .hasMessageContaining("abc_x.sql:4: 'Data' in 'Allowed Hazards:' is not a hazard name");
    }

    @Test
    void theChecksumIgnoresTheHeaderAndLineEndingsButNotTheSql() {
        String base = ScriptParser.parse(FILE, EXAMPLE).checksum();
        assertThat(ScriptParser.parse(FILE, EXAMPLE.replace("Created a view", "Made a view")).checksum()).isEqualTo(base);
        assertThat(ScriptParser.parse(FILE, EXAMPLE.replace("\n", "\r\n") + "\n\n").checksum()).isEqualTo(base);
        assertThat(ScriptParser.parse(FILE, EXAMPLE.replace("SELECT 1", "SELECT 2")).checksum()).isNotEqualTo(base);
    }

    @Test
    void theTemplateRoundTrips() {
        String text = ScriptTemplate.render("0a1b2c3d4e5f", List.of("p1", "p2"), List.of("lbl"), List.of("d1"),
                "Add orders\n\nwith details", LocalDateTime.of(2026, 2, 7, 19, 26, 28, 816521000), "", "");
        assertThat(text).contains("-- Create Date: 2026-02-07 19:26:28.816521\n");
        String name = ScriptTemplate.fileName("0a1b2c3d4e5f", "Add orders\n\nwith details");
        assertThat(name).isEqualTo("0a1b2c3d4e5f_add_orders_with_details.sql");
        RevisionScript s = ScriptParser.parse(Path.of(name), text.getBytes(StandardCharsets.UTF_8));
        assertThat(s.parents()).containsExactly("p1", "p2");
        assertThat(s.branchLabels()).containsExactly("lbl");
        assertThat(s.dependsOn()).containsExactly("d1");
        assertThat(s.message()).isEqualTo("Add orders\n\nwith details");
        assertThat(s.upgrade()).isEmpty();
        assertThat(ScriptTemplate.newRevisionId()).matches("[0-9a-f]{12}");
    }

    @Test
    void malformedFilesGetErrorsNamingFileAndLine() {
        assertError(EXAMPLE.replace("-- Revision ID: e2ba9d70fc4d\n", ""), "the header has no 'Revision ID:' line");
        assertError(EXAMPLE.replace("-- Revises: 6e58a26e5c70\n", ""), "the header has no 'Revises:' line");
        assertError(EXAMPLE.substring(0, EXAMPLE.indexOf("-- migrate:upgrade")), "no '-- migrate:upgrade' line");
        assertError(EXAMPLE.replace("-- migrate:upgrade\n", ""), ":7: SQL before '-- migrate:upgrade'");
        assertError(EXAMPLE.replace("-- migrate:downgrade", "-- migrate:downgarde"), ":11: unknown directive '-- migrate:downgarde'");
        assertError(EXAMPLE.replace("-- Create Date", "-- Creat Date"), ":5: unknown header field 'Creat Date:'");
        assertError(EXAMPLE.replace("-- Revises: 6e58a26e5c70", "-- Revises: 6e58a26e5c70\n-- Revises: x"), ":5: second 'Revises:' line");
        assertError(EXAMPLE.replace("-- Revises: 6e58a26e5c70", "-- Revises: 6e58-26e"), ":4: '6e58-26e' in 'Revises:' is not a valid revision id");
        assertError(EXAMPLE.replace("-- Revision ID: e2ba9d70fc4d", "-- Revision ID: ffff"), ":3: the header says 'Revision ID: ffff' but the file name");
        assertError("CREATE TABLE t();\n" + EXAMPLE, ":1: SQL before '-- migrate:upgrade'");
        assertError(EXAMPLE + "-- migrate:upgrade\n", ":13: second '-- migrate:upgrade'");
        assertError(EXAMPLE.replace("DROP VIEW", "COMMIT;\nDROP VIEW"), ":12: 'COMMIT': Retort runs each revision in a transaction");
        assertError(EXAMPLE.replace("DROP VIEW", "PREPARE TRANSACTION 'x';\nDROP VIEW"), ":12: 'PREPARE TRANSACTION 'x'': "
                + "Retort runs each revision in a transaction");
        assertError(EXAMPLE.replace("-- Revises: 6e58a26e5c70", "-- Revises: e2ba9d70fc4d"), "cannot revise or depend on itself");
    }

    private static void assertError(String text, String expected) {
        assertThatThrownBy(() -> ScriptParser.parse(FILE, text))
                .isInstanceOf(ScriptFormatException.class)
                .hasMessageStartingWith(FILE.toString())
                .hasMessageContaining(expected);
    }

    @Test
    void invalidUtf8IsAnError() {
        assertThatThrownBy(() -> ScriptParser.parse(FILE, new byte[] {'-', '-', (byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(ScriptFormatException.class).hasMessage(FILE + ":1: is not UTF-8 text: byte 0xC3 at byte offset 2 (save the file as UTF-8)");
    }

    @Test
    void savepointsArePartOfTheRevisionsTransaction() {
        String text = EXAMPLE.replace("DROP VIEW", "SAVEPOINT s;\nROLLBACK TO SAVEPOINT s;\nRELEASE s;\nDROP VIEW");
        assertThat(ScriptParser.parse(FILE, text).downgrade()).extracting(SqlStatement::sql)
                .startsWith("SAVEPOINT s", "ROLLBACK TO SAVEPOINT s", "RELEASE s");
    }
}
