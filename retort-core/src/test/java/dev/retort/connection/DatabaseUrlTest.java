package dev.retort.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

@RetortDatabaseTest
class DatabaseUrlTest {

    @Test
    void readsALibpqUrl() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app%20user:s%40cret@db.example:6543/shop%20db?sslmode=require");
        assertThat(url.host()).isEqualTo("db.example");
        assertThat(url.port()).isEqualTo(6543);
        assertThat(url.database()).isEqualTo("shop db");
        assertThat(url.user()).isEqualTo("app user");
        assertThat(url.connectionProperties().getProperty("password")).isEqualTo("s@cret");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/shop%20db?sslmode=require");
    }

    @Test
    void readsAJdbcUrlWithCredentialsInTheQuery() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://127.0.0.1/shop?user=postgres&password=pw&ssl=false");
        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.user()).isEqualTo("postgres");
        assertThat(url.connectionProperties().getProperty("password")).isEqualTo("pw");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/shop?ssl=false");
    }

    @Test
    void neverShowsThePassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:topsecret@h/db");
        assertThat(url.toString()).doesNotContain("topsecret").isEqualTo("postgresql://app:***@h:5432/db");
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://app:topsecret@h/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a PostgreSQL URL")
                .hasMessageNotContaining("topsecret");
    }

    @Test
    void connectsToARealDatabase(TestDatabase db) throws Exception {
        DatabaseUrl url = DatabaseUrl.parse(db.jdbcUrl());
        try (Connection c = url.connect(); ResultSet rs = c.createStatement().executeQuery("select current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(db.name());
        }
    }
}
