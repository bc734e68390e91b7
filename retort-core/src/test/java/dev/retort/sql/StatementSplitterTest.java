package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {
    private static final Path FILE = Path.of("migrations/abc_x.sql");

    private static List<SqlStatement> split(String sql) {
        return StatementSplitter.split(FILE, sql, 1);
    }

    @Test
    void splitsAtTopLevelSemicolonsAndKeepsStartingLines() {
        List<SqlStatement> s = split("CREATE TABLE a (id int);\n\n-- a comment; with a semicolon\nCREATE TABLE b (\n  id int\n);\nSELECT 1");
        assertThat(s).containsExactly(
                new SqlStatement("CREATE TABLE a (id int)", 1),
                new SqlStatement("CREATE TABLE b (\n  id int\n)", 4),
                new SqlStatement("SELECT 1", 7));
    }

    @Test
    void semicolonsInsideQuotesAndCommentsDoNotSplit() {
        String sql = """
                SELECT 'a;b', 'it''s;', E'x\\';y', "we;ird""id" FROM t /* c; /* nested; */ still; */ WHERE x = 1;
                CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
                CREATE FUNCTION g() RETURNS int AS $body$ BEGIN RETURN 1; END; $$ still inside; $body$ LANGUAGE plpgsql;
                SELECT $1, a$b$c FROM t;
                """;
        List<SqlStatement> s = split(sql);
        assertThat(s).extracting(SqlStatement::line).containsExactly(1, 2, 3, 4);
        assertThat(s.get(0).sql()).endsWith("WHERE x = 1");
        assertThat(s.get(1).sql()).endsWith("LANGUAGE sql");
        assertThat(s.get(2).sql()).contains("still inside").endsWith("LANGUAGE plpgsql");
        assertThat(s.get(3).sql()).isEqualTo("SELECT $1, a$b$c FROM t");
    }

    @Test
    void aStatementEndsAtItsLastTokenNotAtATrailingComment() {
        assertThat(split("SELECT 1 -- trailing\n")).containsExactly(new SqlStatement("SELECT 1", 1));
        assertThat(split("-- only a comment\n/* and another */\n;;")).isEmpty();
    }

    @Test
    void beginAtomicBodiesStayInOneStatement() {
        String sql = """
                CREATE OR REPLACE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN a > 0 THEN a + b ELSE b END;
                END;
                SELECT add(1, 2);
                """;
        List<SqlStatement> s = split(sql);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).sql()).endsWith("END");
        assertThat(s.get(1)).isEqualTo(new SqlStatement("SELECT add(1, 2)", 5));
    }

    @Test
    void linesCountNewlinesInsideStringsAndComments() {
        List<SqlStatement> s = split("SELECT 'a\nb';\n/* x\ny */ SELECT $$\n$$;\nSELECT E'\\\n';\nSELECT 4");
        assertThat(s).extracting(SqlStatement::line).containsExactly(1, 4, 6, 8);
    }

    @Test
    void unterminatedConstructsAreErrorsAtTheLineTheyOpen() {
        assertThatThrownBy(() -> split("SELECT 1;\nSELECT 'oops;\n"))
                .isInstanceOf(SqlSourceException.class).hasMessage(FILE + ":2: unterminated string literal (the ' opened here is never closed)");
        assertThatThrownBy(() -> split("\n\nSELECT \"id"))
                .isInstanceOf(SqlSourceException.class).hasMessageStartingWith(FILE + ":3: unterminated quoted identifier");
        assertThatThrownBy(() -> split("SELECT $tag$ body $tg$"))
                .isInstanceOf(SqlSourceException.class).hasMessageStartingWith(FILE + ":1: unterminated dollar-quoted string ($tag$");
        assertThatThrownBy(() -> split("SELECT 1;\n/* /* */ still open"))
                .isInstanceOf(SqlSourceException.class).hasMessageStartingWith(FILE + ":2: unterminated block comment");
    }

    @Test
    void firstLineOffsetIsApplied() {
        assertThat(StatementSplitter.split(FILE, "\nSELECT 1;", 10)).containsExactly(new SqlStatement("SELECT 1", 11));
    }
}
