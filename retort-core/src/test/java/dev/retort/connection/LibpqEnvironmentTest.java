package dev.retort.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibpqEnvironmentTest {
    @TempDir
    Path home;

    @Test
    void pgVariablesNameADatabase() {
        LibpqEnvironment env = new LibpqEnvironment(
                Map.of("PGHOST", "db.example", "PGPORT", "6432", "PGUSER", "app", "PGDATABASE", "shop"), home);
        DatabaseUrl url = env.database();
        assertThat(url.toString()).isEqualTo("postgresql://app@db.example:6432/shop");
        assertThat(new LibpqEnvironment(Map.of("PGUSER", "app"), home).database()).isNull();
    }

    @Test
    void aMissingPasswordComesFromPgpasswordThenThePasswordFile() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app@db.example:5432/shop");
        assertThat(new LibpqEnvironment(Map.of("PGPASSWORD", "from-env"), home).withPassword(url)
                .connectionProperties().getProperty("password")).isEqualTo("from-env");

        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "# comment\nother:5432:*:app:nope\ndb.example:*:shop:app:pa\\:ss\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        LibpqEnvironment env = new LibpqEnvironment(Map.of(), home);
        assertThat(env.withPassword(url).connectionProperties().getProperty("password")).isEqualTo("pa:ss");
        assertThat(env.withPassword(url).toString()).doesNotContain("pa:ss");
        assertThat(env.withPassword(DatabaseUrl.parse("postgresql://app:given@db.example/shop"))
                .connectionProperties().getProperty("password")).isEqualTo("given");

        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(env.withPassword(url).hasPassword()).as("like libpq, a world-readable file is ignored").isFalse();
    }
}
