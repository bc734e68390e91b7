package dev.retort.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {
    /** A script with the given id and header extras, e.g. {@code "Revises: a"}. */
    static RevisionScript script(String id, String revises, String... extra) {
        StringBuilder sb = new StringBuilder("-- revision " + id + "\n-- Revision ID: " + id + "\n-- Revises: " + revises + "\n");
        for (String e : extra) {
            sb.append("-- ").append(e).append('\n');
        }
        sb.append("-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\nSELECT 2;\n");
        return ScriptParser.parse(Path.of("m/" + id + "_x.sql"), sb.toString());
    }

    //   a1 - b1 - c1 (head)          labels: feature on b2
    //      \ b2 - c2 (head)
    private static RevisionGraph branched() {
        return RevisionGraph.of(List.of(script("a1", ""), script("b1", "a1"), script("c1", "b1"),
                script("b2", "a1", "Branch Labels: feature"), script("c2", "b2")));
    }

    @Test
    void headsBasesBranchPointsAndOrder() {
        RevisionGraph g = branched();
        assertThat(g.heads()).containsExactlyInAnyOrder("c1", "c2");
        assertThat(g.bases()).containsExactly("a1");
        assertThat(g.branchPoints()).containsExactly("a1");
        List<String> order = g.revisions().stream().map(RevisionScript::id).toList();
        assertThat(order.indexOf("a1")).isLessThan(order.indexOf("b1"));
        assertThat(order.indexOf("b2")).isLessThan(order.indexOf("c2"));
        assertThat(g.headsOf(Set.of("a1", "b1", "b2"))).containsExactlyInAnyOrder("b1", "b2");
        assertThat(g.ancestorsOf(List.of("c2"))).containsExactlyInAnyOrder("a1", "b2", "c2");
        assertThat(g.descendantsOf(List.of("b1"))).containsExactlyInAnyOrder("b1", "c1");
    }

    @Test
    void targetsResolve() {
        RevisionGraph g = branched();
        assertThatThrownBy(() -> g.goal(RevisionTarget.parse("head")))
                .isInstanceOf(RevisionException.class).hasMessageContaining("several heads (").hasMessageContaining("merge");
        assertThat(g.goal(RevisionTarget.parse("heads"))).containsExactlyInAnyOrder("c1", "c2");
        assertThat(g.goal(RevisionTarget.parse("base"))).isEmpty();
        assertThat(g.goal(RevisionTarget.parse("feature@head"))).containsExactly("c2");
        assertThat(g.goal(RevisionTarget.parse("feature"))).containsExactly("b2");
        assertThat(g.goal(RevisionTarget.parse("a"))).containsExactly("a1");
        assertThat(g.goal(RevisionTarget.parse("b1+1"))).containsExactly("c1");
        assertThat(g.goal(RevisionTarget.parse("c2-2"))).containsExactly("a1");
        assertThat(g.goal(RevisionTarget.parse("c2-3"))).isEmpty();
        assertThat(g.goal(RevisionTarget.parse("feature@head-1"))).containsExactly("b2");
        assertThatThrownBy(() -> g.goal(RevisionTarget.parse("c2-4"))).hasMessageContaining("only 2 revisions below");
        assertThatThrownBy(() -> g.goal(RevisionTarget.parse("a1+1"))).hasMessageContaining("a1 branches into");
        assertThatThrownBy(() -> g.goal(RevisionTarget.parse("b"))).hasMessageContaining("'b' is ambiguous: it is a prefix of");
        assertThatThrownBy(() -> g.goal(RevisionTarget.parse("zz"))).hasMessageContaining("no revision or branch label 'zz'");
        assertThatThrownBy(() -> g.goal(RevisionTarget.parse("nolabel@head"))).hasMessageContaining("no branch label 'nolabel'");
        assertThat(g.upgradeGoal(RevisionTarget.parse("+1"), List.of("b1"))).containsExactly("c1");
        assertThat(g.upgradeGoal(RevisionTarget.parse("+1"), List.of())).containsExactly("a1");
        assertThat(g.downgradeGoal(RevisionTarget.parse("-1"), List.of("c1"))).containsExactly("b1");
        assertThat(g.downgradeGoal(RevisionTarget.parse("-3"), List.of("c1"))).isEmpty();
        assertThatThrownBy(() -> g.downgradeGoal(RevisionTarget.parse("-1"), List.of("c1", "c2")))
                .hasMessageContaining("several current heads");
        assertThatThrownBy(() -> g.upgradeGoal(RevisionTarget.parse("-1"), List.of("c1"))).hasMessageContaining("use 'downgrade -1'");
    }

    @Test
    void minusOneFromAMergeUnmerges() {
        RevisionGraph g = RevisionGraph.of(List.of(script("a1", ""), script("b1", "a1"), script("b2", "a1"),
                script("m1", "b1, b2"), script("n1", "m1")));
        assertThat(g.downgradeGoal(RevisionTarget.parse("-1"), List.of("m1"))).containsExactlyInAnyOrder("b1", "b2");
        assertThat(g.downgradeGoal(RevisionTarget.parse("-2"), List.of("n1"))).containsExactlyInAnyOrder("b1", "b2");
        assertThatThrownBy(() -> g.downgradeGoal(RevisionTarget.parse("-3"), List.of("n1"))).hasMessageContaining("m1 merges b1, b2");
    }

    @Test
    void badTargetTextIsAClearError() {
        for (String bad : List.of("", "  ", "a b", "head@x", "+0", "heads+1", "base-1", "@head", "a:b", "x+99999999")) {
            assertThatThrownBy(() -> RevisionTarget.parse(bad)).as(bad).isInstanceOf(RevisionException.class);
        }
    }

    @Test
    void inconsistentGraphsAreRefused() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(script("a1", ""), script("a1", ""))))
                .isInstanceOf(RevisionException.class).hasMessageContaining("duplicate revision id a1");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(script("a1", ""), script("b1", "zz"))))
                .hasMessageContaining("b1 revises zz, which is not in the migrations directory");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(script("a1", ""), script("b1", "a1", "Depends On: zz"))))
                .hasMessageContaining("b1 depends on zz");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(script("a1", "c1"), script("b1", "a1"), script("c1", "b1"))))
                .hasMessageContaining("the revisions form a cycle: ").hasMessageContaining("a1");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(script("a1", "", "Branch Labels: x"), script("b1", "a1", "Branch Labels: x"))))
                .hasMessageContaining("branch label 'x' is on two revisions");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(script("a1", "", "Branch Labels: b1"), script("b1", "a1"))))
                .hasMessageContaining("branch label 'b1' is also a revision id");
    }

    @Test
    void dependenciesOrderAcrossBranches() {
        RevisionGraph g = RevisionGraph.of(List.of(script("a1", ""), script("x1", ""), script("a2", "a1", "Depends On: x1")));
        assertThat(g.ancestorsOf(List.of("a2"))).containsExactlyInAnyOrder("a1", "a2", "x1");
        assertThat(g.headsOf(g.ancestorsOf(List.of("a2")))).containsExactlyInAnyOrder("a2", "x1");
        assertThat(g.descendantsOf(List.of("x1"))).containsExactlyInAnyOrder("x1", "a2");
    }

    @Test
    void randomGraphsEitherBuildOrFailWithARevisionException() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(8);
            List<RevisionScript> scripts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<String> parents = new ArrayList<>();
                for (int p = random.nextInt(3); p > 0; p--) {
                    String parent = "r" + random.nextInt(n + 1);
                    if (!parents.contains(parent) && !parent.equals("r" + i)) {
                        parents.add(parent);
                    }
                }
                scripts.add(script("r" + i, String.join(", ", parents)));
            }
            try {
                RevisionGraph g = RevisionGraph.of(scripts);
                assertThat(g.revisions()).hasSize(n);
                for (String head : g.heads()) {
                    assertThat(g.children(head)).isEmpty();
                }
            } catch (RevisionException e) {
                assertThat(e.getMessage()).matches("(?s).*(cycle|not in the migrations directory).*");
            }
        }
    }
}
