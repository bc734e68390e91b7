package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestServerUrlTest {
    @Test
    void rejectsAUrlThatIsNotPostgres() {
        assertThatThrownBy(() -> TestServer.fromUrl("mysql://root@localhost/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgresql://user@host:port/db");
    }
}
