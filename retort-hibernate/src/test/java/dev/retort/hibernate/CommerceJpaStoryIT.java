package dev.retort.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The seed story in Java as a newcomer runs it: examples/commerce-jpa/story.sh drives the packaged command line
 * through bin/retort, with this module's jar and Hibernate on the project's classpath, one process per command and
 * no database configured (the embedded one under .retort/ keeps its state between commands).
 */
class CommerceJpaStoryIT {
    @Test
    void theSeedStoryRunsFromEntitiesWithNothingConfigured() throws Exception {
        Path work = Files.createTempDirectory("retort-story-jpa");
        ProcessBuilder story = new ProcessBuilder("bash", Path.of("..", "examples", "commerce-jpa", "story.sh")
                .toString(), work.toString()).redirectErrorStream(true);
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
                .contains("ok: the database at ")
                .contains("1 difference from the declared schema")
                .doesNotContain("HHH");

        // The view revision creates the view and nothing else: the tables match, and the foreign keys' live
        // names (orders_customer_id_fkey...) are kept although Hibernate names them FK<hash>.
        String view = upgradeOf(output, "Created a view called order_line_items");
        assertThat(view).contains("CREATE VIEW public.order_line_items AS");
        assertThat(view.replaceAll("(?s)CREATE VIEW.*?;", "").replaceAll("(?m)^--.*$", "").strip()).isEmpty();
        assertThat(output).contains("DROP VIEW public.order_line_items;");

        // Customer.phone: exactly one ADD COLUMN.
        String phone = upgradeOf(output, "Customers have a phone number.");
        assertThat(phone.replaceAll("(?m)^--.*$", "").strip())
                .isEqualTo("ALTER TABLE public.customers ADD COLUMN phone character varying(32);");
    }

    /** The upgrade section of the revision the story printed after {@code message}. */
    private static String upgradeOf(String output, String message) {
        Matcher m = Pattern.compile("(?s)--- the new revision: [^\\n]*---\\n-- " + Pattern.quote(message)
                + ".*?-- migrate:upgrade\\n(.*?)-- migrate:downgrade").matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return m.group(1);
    }
}
