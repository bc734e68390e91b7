package dev.retort.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.revision.RevisionException;
import dev.retort.revision.RevisionGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetortProjectTest {
    private static RetortProject.NewRevision rev(String message, String head, String id, boolean splice, String... dependsOn) {
        return new RetortProject.NewRevision(message, head, List.of(), List.of(dependsOn), id, splice);
    }

    @Test
    void newRevisionsFollowTheGraph() throws Exception {
        Path dir = Files.createTempDirectory("retort-project");
        assertThat(RetortProject.init(dir)).hasSize(3);
        assertThatThrownBy(() -> RetortProject.init(dir)).isInstanceOf(RetortException.class).hasMessageContaining("already exists");
        RetortProject p = new RetortProject(Retort.configure().configFile(dir.resolve("retort.toml")).load().settings(),
                null, null, null, getClass().getClassLoader());

        p.newRevision(rev("first", null, "r1", false));
        p.newRevision(rev("second", null, "r2", false));
        assertThatThrownBy(() -> p.newRevision(rev("again", "r1", "r3", false)))
                .isInstanceOf(RevisionException.class).hasMessageContaining("r1 is not a head").hasMessageContaining("--splice");
        p.newRevision(rev("side", "r1", "r3", true));
        assertThatThrownBy(() -> p.newRevision(rev("which?", null, "r4", false))).hasMessageContaining("several heads");
        p.newRevision(rev("other root", "base", "x1", false));
        p.newRevision(rev("needs x1", "r2", "r4", false, "x1"));
        assertThatThrownBy(() -> p.newRevision(rev("dup", "r4", "r4", false))).hasMessageContaining("revision r4 already exists");
        assertThatThrownBy(() -> p.newRevision(rev("bad id", "r4", "no-dash", false))).hasMessageContaining("not a valid revision id");
        assertThatThrownBy(() -> p.newRevision(rev(" ", "r4", null, false))).hasMessageContaining("needs a message");
        assertThatThrownBy(() -> p.merge("m", List.of("r4"), null)).hasMessageContaining("at least two");
        assertThatThrownBy(() -> p.merge("m", List.of("r1", "r4"), null)).hasMessageContaining("r1 is already an ancestor of r4");
        assertThatThrownBy(() -> p.newRevision(rev("two", "heads", "r5", false))).hasMessageContaining("names 3 revisions");
        Files.writeString(dir.resolve("migrations/.#r1_first.sql"), "editor lock, not a revision");

        RevisionGraph g = p.graph();
        assertThat(g.heads()).containsExactlyInAnyOrder("r3", "r4", "x1");
        assertThat(g.get("r4").dependsOn()).containsExactly("x1");
        assertThat(g.bases()).containsExactlyInAnyOrder("r1", "x1");
        p.merge("join", List.of("heads"), "m1");
        assertThat(p.graph().singleHead()).isEqualTo("m1");
        assertThat(p.history(null)).first().extracting(s -> s.id()).isEqualTo("m1");
        assertThat(p.history("r2:").stream().map(s -> s.id())).containsExactly("m1", "r4", "r2");
        assertThat(p.history(":r2").stream().map(s -> s.id())).containsExactly("r2", "r1");
    }
}
