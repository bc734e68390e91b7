package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's story as a newcomer runs it: examples/commerce/story.sh drives the packaged jar through bin/retort,
 * one process per command, with no database configured (so the embedded one under .retort/ must keep its state
 * between commands), for the view declared as SQL and in Java.
 */
class CommerceStoryIT {
    @ParameterizedTest(name = "view declared as {0}")
    @ValueSource(strings = {"sql", "java"})
    void theSeedStoryRunsWithNothingConfigured(String variant) throws Exception {
        Path work = Files.createTempDirectory("retort-story-" + variant);
        ProcessBuilder story = new ProcessBuilder("bash", Path.of("..", "examples", "commerce", "story.sh").toString(),
                variant, work.toString()).redirectErrorStream(true);
        story.environment().remove("RETORT_URL");
        story.environment().remove("RETORT_DEV_URL");
        story.environment().keySet().removeIf(k -> k.startsWith("PG"));
        Process p = story.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("using an embedded PostgreSQL")
                .contains("running upgrade base -> 6e58a26e5c70")
                .contains("CREATE VIEW public.order_line_items AS")
                .contains("DROP VIEW public.order_line_items;")
                .containsPattern("running upgrade 6e58a26e5c70 -> [0-9a-f]{12}")
                .contains("ok: the database at ");
        assertThat(work.resolve(variant.equals("java") ? "java/.retort" : ".retort")).isDirectory();
    }
}
