package dev.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the front ends share: which dev-server values mean an embedded server, and where a project's data lives. */
class EmbeddedServersTest {
    @Test
    void embeddedAndEmbeddedWithAMajorAreEmbeddedServersAndNothingElseIs() {
        assertThat(EmbeddedServers.isEmbedded("embedded")).isTrue();
        assertThat(EmbeddedServers.isEmbedded("embedded:16")).isTrue();
        assertThat(EmbeddedServers.isEmbedded(null)).isFalse();
        assertThat(EmbeddedServers.isEmbedded("postgresql://embedded@localhost/db")).isFalse();
        assertThat(EmbeddedServers.isEmbedded("embeddedness")).isFalse();
    }

    @Test
    void aMajorThatIsNotANumberIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> EmbeddedServers.startDev("embedded:latest", () -> 17))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("embedded:latest: the major version must be a number, e.g. embedded:17");
        assertThatThrownBy(() -> EmbeddedServers.startDev("postgresql://localhost/db", () -> 17))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProjectsDefaultDatabaseLivesUnderItsRetortFolder() {
        Path project = Path.of("some", "project");
        assertThat(EmbeddedServers.projectDataDirectory(project)).isEqualTo(project.toAbsolutePath().normalize()
                .resolve(".retort").resolve("pg" + PostgresBinaries.defaultMajor()));
    }
}
