package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerTest {
    @Test
    void tokensCarryTheirTypeSpanAndLine() {
        String sql = "CREATE VIEW \"My\"\"View\" -- c\n AS SELECT E'a\\'b', $x$ \n $x$, 1.5, $1 /* c\n */ FROM t;";
        List<SqlLexer.Token> t = SqlLexer.tokenize(sql);
        assertThat(t).extracting(SqlLexer.Token::type).containsExactly(SqlLexer.Type.WORD, SqlLexer.Type.WORD,
                SqlLexer.Type.QUOTED, SqlLexer.Type.WORD, SqlLexer.Type.WORD, SqlLexer.Type.STRING,
                SqlLexer.Type.SYMBOL, SqlLexer.Type.STRING, SqlLexer.Type.SYMBOL, SqlLexer.Type.NUMBER,
                SqlLexer.Type.SYMBOL, SqlLexer.Type.SYMBOL, SqlLexer.Type.NUMBER, SqlLexer.Type.WORD,
                SqlLexer.Type.WORD, SqlLexer.Type.SYMBOL);
        assertThat(t.get(2).identifier()).isEqualTo("My\"View");
        assertThat(t.get(0).identifier()).isEqualTo("create");
        assertThat(t.get(3).line()).as("AS, after the line comment").isEqualTo(2);
        assertThat(t.get(9).line()).as("1.5, after the multi-line dollar quote").isEqualTo(3);
        assertThat(t.get(13).line()).as("FROM, after the block comment").isEqualTo(4);
        assertThat(sql.substring(t.get(5).start(), t.get(5).end())).isEqualTo("E'a\\'b'");
    }

    @Test
    void anUnterminatedQuoteNamesFileAndLine() {
        Path file = Path.of("schema/a.sql");
        assertThatThrownBy(() -> SqlLexer.tokenize(file, "SELECT 1;\nSELECT 'open", 5))
                .isInstanceOf(SqlSourceException.class)
                .hasMessage("schema/a.sql:6: unterminated string literal (the ' opened here is never closed)")
                .satisfies(e -> assertThat(((SqlSourceException) e).line()).isEqualTo(6));
    }
}
