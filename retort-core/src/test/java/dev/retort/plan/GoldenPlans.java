package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The recorded plans of the pair corpus, in {@code src/test/resources/golden/<file>/<pair>.<a-b|b-a>.sql}: the
 * exact SQL, hazards and skipped objects the planner printed when they were recorded. A plan that changes shows in
 * review as a changed file. Plans are recorded on {@link #REFERENCE_MAJOR}; where another major plans differently
 * (a catalog that renders otherwise), its plan is kept beside it as {@code <pair>.<direction>.pgN.sql}; a
 * major with no such files recorded is compared only by the pair's round trip.
 *
 * <p>{@code -Dretort.golden.update=true} rewrites the files from the plans of the run (run from the module
 * directory, or the reactor root: the source tree is found either way).
 */
final class GoldenPlans {
    static final int REFERENCE_MAJOR = 15;
    private static final boolean UPDATE = Boolean.getBoolean("retort.golden.update");

    private GoldenPlans() {
    }

    /** The text a golden file holds for a plan: its script, then the skipped-objects line if any. */
    static String render(MigrationPlan plan) {
        String skipped = plan.skippedSummary();
        return plan.toSql() + (skipped == null ? "" : "-- " + skipped + "\n");
    }

    static void assertMatches(SchemaPairsTest.Pair pair, boolean forward, int major, MigrationPlan plan)
            throws IOException {
        String actual = render(plan);
        Path dir = sourceDirectory().resolve(stem(pair.file()));
        String base = slug(pair.name()) + (forward ? ".a-b" : ".b-a");
        Path reference = dir.resolve(base + ".sql");
        Path specific = dir.resolve(base + ".pg" + major + ".sql");
        if (UPDATE) {
            Files.createDirectories(dir);
            if (major == REFERENCE_MAJOR || !Files.exists(reference)) {
                Files.writeString(reference, actual);
                Files.deleteIfExists(specific);
            } else if (Files.readString(reference).equals(actual)) {
                Files.deleteIfExists(specific);
            } else {
                Files.writeString(specific, actual);
            }
            return;
        }
        if (major != REFERENCE_MAJOR && !Files.exists(specific)) {
            // Not recorded for this major: the pair's round trip still runs; -Dretort.golden.update=true on this
            // major records the plans that differ from the reference.
            return;
        }
        Path golden = Files.exists(specific) ? specific : reference;
        assertThat(Files.exists(golden))
                .as("golden plan %s exists (record it with -Dretort.golden.update=true)", golden).isTrue();
        assertThat(actual).as("the plan recorded in %s (-Dretort.golden.update=true rewrites it)", golden)
                .isEqualTo(Files.readString(golden));
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String stem(String file) {
        return file.endsWith(".sql") ? file.substring(0, file.length() - 4) : file;
    }

    /** The golden folder in the source tree (not target/test-classes), so updates land in the repository. */
    private static Path sourceDirectory() {
        Path module = Path.of("src/test/resources/golden");
        if (Files.isDirectory(Path.of("src/test/resources"))) {
            return module;
        }
        Path reactor = Path.of("retort-core").resolve(module);
        if (Files.isDirectory(reactor.getParent())) {
            return reactor;
        }
        throw new UncheckedIOException(new IOException("cannot find src/test/resources from " + Path.of("")
                .toAbsolutePath()));
    }
}
