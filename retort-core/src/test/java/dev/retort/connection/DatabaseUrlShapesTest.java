package dev.retort.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A URL is honoured exactly or refused; a password never shows, whatever shape the URL has. */
@RetortDatabaseTest
class DatabaseUrlShapesTest {
    @Test
    void honoursEveryPartOfALibpqUrl() {
        DatabaseUrl u = DatabaseUrl.parse("postgresql://app:pw@prod_db:6432/shop");
        assertThat(u.host()).isEqualTo("prod_db");
        assertThat(u.port()).isEqualTo(6432);
        assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://prod_db:6432/shop");

        DatabaseUrl v6 = DatabaseUrl.parse("postgresql://app@[::1]:5433/shop");
        assertThat(v6.host()).isEqualTo("::1");
        assertThat(v6.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/shop");

        DatabaseUrl multi = DatabaseUrl.parse("postgresql://app@h1:5433,h2:5434,h3/shop?target_session_attrs=read-write");
        assertThat(multi.hosts()).containsExactly(new DatabaseUrl.Host("h1", 5433), new DatabaseUrl.Host("h2", 5434),
                new DatabaseUrl.Host("h3", 5432));
        assertThat(multi.jdbcUrl()).isEqualTo("jdbc:postgresql://h1:5433,h2:5434,h3:5432/shop?targetServerType=primary");

        DatabaseUrl encoded = DatabaseUrl.parse("postgresql://a%40b:p%3Aw%2Bx@host/my%2Fdb?options=-c%20search_path%3Dapp&sslmode=require");
        assertThat(encoded.user()).isEqualTo("a@b");
        assertThat(encoded.connectionProperties().getProperty("password")).isEqualTo("p:w+x");
        assertThat(encoded.database()).isEqualTo("my/db");
        assertThat(encoded.parameters()).isEqualTo(Map.of("options", "-c search_path=app", "sslmode", "require"));

        DatabaseUrl query = DatabaseUrl.parse("postgresql:///shop?host=db.internal&port=6000&user=app&application_name=deploy");
        assertThat(query.hosts()).containsExactly(new DatabaseUrl.Host("db.internal", 6000));
        assertThat(query.user()).isEqualTo("app");
        assertThat(query.connectionProperties().getProperty("ApplicationName")).isNull();
        assertThat(query.parameters()).containsEntry("ApplicationName", "deploy");

        assertThat(DatabaseUrl.parse("jdbc:postgresql://h/db?sslfactory=org.postgresql.ssl.NonValidatingFactory").parameters())
                .containsEntry("sslfactory", "org.postgresql.ssl.NonValidatingFactory");
    }

    @Test
    void refusesWhatItCannotHonour() {
        List<String[]> bad = List.of(
                new String[] {"postgresql://app:pw@db:54x2/shop", "port '54x2' is not a number"},
                new String[] {"postgresql://app@db:0/shop", "port '0' is not a number from 1 to 65535"},
                new String[] {"postgresql://app@db:70000/shop", "port '70000'"},
                new String[] {"postgresql://app@bad host/shop", "'bad host' is not a host name"},
                new String[] {"postgresql://app@h1,,h2/shop", "an empty host in the host list"},
                new String[] {"postgresql://app@[::1/shop", "unclosed '['"},
                new String[] {"postgresql://app@db/shop?sslmdoe=require", "unknown URL parameter 'sslmdoe'"},
                new String[] {"postgresql://app@db/shop?target_session_attrs=whatever", "target_session_attrs=whatever"},
                new String[] {"postgresql://app@db/shop?client_encoding=LATIN1", "UTF8 only"},
                new String[] {"postgresql://app@db/shop?sslmode", "has no '=value'"},
                new String[] {"postgresql://app@db/sh%zzop", "malformed percent-escape in the database name"},
                new String[] {"postgresql://app@%2Fvar%2Frun%2Fpostgresql/shop", "Unix-domain socket"},
                new String[] {"postgresql://app@db/shop#x", "no '#fragment'"},
                new String[] {"jdbc:postgresql://db/shop?nonsense=1", "unknown URL parameter 'nonsense'"},
                new String[] {"", "empty database URL"});
        for (String[] b : bad) {
            assertThatThrownBy(() -> DatabaseUrl.parse(b[0])).as(b[0]).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(b[1]);
        }
    }

    @Test
    void neverPrintsAPasswordWhateverTheTypo() {
        List<String> typos = List.of("postgresql:/u:topsecret@h/db", "u:topsecret@h/db", "postgresql//u:topsecret@h/db",
                "postgresq://u:topsecret@h/db", "postgresql://u:top@secret@h:x/db", "postgresql://u:topsecret@h:5432x/db",
                "postgresql://u:top/secret@h/db", "jdbc:postgresql://h:bad/db?user=u&password=topsecret",
                "postgresql://u:topsecret@bad host/db", "mysql://u:topsecret@h/db", "postgresql://u:topsecret@h/db?nope=1",
                "postgresql://u@h/db?password=topsecret&nope=1", "postgresql://u:topsecret@h/d%zz");
        for (String typo : typos) {
            assertThatThrownBy(() -> DatabaseUrl.parse(typo)).as(typo).isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).as(typo).doesNotContain("topsecret").doesNotContain("secret"));
        }
        assertThat(DatabaseUrl.parse("postgresql://u:topsecret@h1,h2:6000/db").toString())
                .isEqualTo("postgresql://u:***@h1:5432,h2:6000/db");
    }

    @Test
    void noMutationOfAUrlAroundItsPasswordLeaksThePassword() {
        String base = "postgresql://app:topsecret@db_1.example:5432,db2:6432/shop?sslmode=require&options=-c%20x%3D1";
        String alphabet = ":/@?&=%[],._-#+ aZ09";
        int parsed = 0;
        int refused = 0;
        for (int i = 0; i < 10_000; i++) {
            java.util.Random random = new java.util.Random(i);
            StringBuilder url = new StringBuilder(base);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int password = url.indexOf("topsecret");
                int at;
                do {
                    at = random.nextInt(url.length());
                } while (at >= password - 1 && at <= password + "topsecret".length()); // it and its ':' and '@' stay
                char ch = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> url.insert(at, ch);
                    case 1 -> url.setCharAt(at, ch);
                    default -> url.deleteCharAt(at);
                }
            }
            String text = url.toString();
            try {
                DatabaseUrl u = DatabaseUrl.parse(text);
                parsed++;
                assertThat(u.toString()).as(text).doesNotContain("topsecret");
                assertThat(u.jdbcUrl()).as(text).doesNotContain("topsecret");
            } catch (IllegalArgumentException e) {
                refused++;
                assertThat(e.getMessage()).as(text).doesNotContain("topsecret");
            }
        }
        assertThat(parsed).as("some mutations are still URLs").isPositive();
        assertThat(refused).as("some are not").isPositive();
    }

    @Test
    void aHostThatDoesNotResolveIsAnErrorNotTheDefaultServer(TestDatabase db) throws Exception {
        // The old parser fell back to localhost:5432 for a host with '_'; the database of this name exists there.
        DatabaseUrl url = DatabaseUrl.parse("postgresql://postgres@no_such_host.invalid:5432/" + db.name());
        assertThatThrownBy(url::connect).isInstanceOf(java.sql.SQLException.class).hasStackTraceContaining("no_such_host.invalid");
    }

    @Test
    void aHostListReachesTheServerItNamesNotTheDefaultOne(TestDatabase db, TestServer shared) throws Exception {
        TestServer second = TestServer.embedded(shared.major() == 16 ? 17 : 16);
        try (dev.retort.testing.TestDatabase there = second.createDatabase()) {
            String port = there.jdbcUrl().replaceAll(".*127\\.0\\.0\\.1:(\\d+)/.*", "$1");
            // The first host refuses connections; pgjdbc tries the next, the second server.
            DatabaseUrl url = DatabaseUrl.parse("postgresql://postgres@127.0.0.1:1,127.0.0.1:" + port + "/" + there.name());
            try (Connection c = url.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT current_database(), current_setting('port')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(there.name());
                assertThat(rs.getString(2)).isEqualTo(port);
            }
        }
    }
}
