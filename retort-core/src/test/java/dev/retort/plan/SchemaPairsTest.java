package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Fixtures;
import dev.retort.declared.RenameHint;
import dev.retort.diff.Renames;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner on the corpus in {@code src/test/resources/pairs}: every pair in both directions. The plan must apply
 * in one transaction and leave exactly the target schema (Retort's snapshot and pg_dump agree), and planning again
 * must find nothing to do. The source's tables hold a row each ({@link TableRows}): plans run on data.
 */
@RetortDatabaseTest
class SchemaPairsTest {
    /** {@code -Dretort.pairs=TEXT|TEXT2} runs only the pairs whose "file: name" contains one of the texts. */
    private static final String ONLY = System.getProperty("retort.pairs", "");

    /** @param renames the rename hints of B ({@code new.name=old}), which its plans both ways are made with */
    record Pair(String file, String name, int requires, boolean oneWay, String both, String a, String b,
                List<String> renames) {
    }

    static Stream<Arguments> pairs() throws IOException, URISyntaxException {
        Path dir = Path.of(SchemaPairsTest.class.getResource("/pairs").toURI());
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                for (Pair pair : parse(file.getFileName().toString(), Files.readString(file))) {
                    String title = pair.file() + ": " + pair.name();
                    if (Stream.of(ONLY.split("\\|")).noneMatch(title::contains)) {
                        continue;
                    }
                    cases.add(Arguments.of(pair.file() + ": " + pair.name() + " (A -> B)", pair, true));
                    if (!pair.oneWay()) {
                        cases.add(Arguments.of(pair.file() + ": " + pair.name() + " (B -> A)", pair, false));
                    }
                }
            }
        }
        return cases.stream();
    }

    static List<Pair> parse(String file, String text) {
        List<Pair> pairs = new ArrayList<>();
        String name = null;
        StringBuilder[] parts = null;
        int current = 0;
        int requires = 0;
        boolean oneWay = false;
        for (String line : (text + "\n=== end").split("\n")) {
            if (line.startsWith("=== ")) {
                if (name != null) {
                    pairs.add(new Pair(file, name, requires, oneWay, parts[0].toString(), parts[1].toString(),
                            parts[2].toString(), parts[3].toString().lines().map(String::strip)
                            .filter(l -> !l.isEmpty()).map(l -> l.replaceFirst("\\s*=\\s*", "=")).toList()));
                }
                name = line.substring(4).strip();
                requires = 0;
                oneWay = false;
                parts = new StringBuilder[] {new StringBuilder(), new StringBuilder(), new StringBuilder(),
                    new StringBuilder()};
                current = 0;
            } else if (line.startsWith("--- requires ")) {
                requires = Integer.parseInt(line.substring("--- requires ".length()).strip());
            } else if (line.equals("--- one-way")) {
                oneWay = true;
            } else if (line.equals("--- both")) {
                current = 0;
            } else if (line.equals("--- a")) {
                current = 1;
            } else if (line.equals("--- b")) {
                current = 2;
            } else if (line.equals("--- renames")) {
                current = 3;
            } else if (parts != null) {
                parts[current].append(line).append('\n');
            }
        }
        return pairs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void planTurnsOneSchemaIntoTheOther(String title, Pair pair, boolean forward, TestServer server) throws Exception {
        assumeTrue(server.major() >= pair.requires(), "needs PostgreSQL " + pair.requires());
        try (TestDatabase source = server.createDatabase(); TestDatabase target = server.createDatabase()) {
            Fixtures.ensureRoles(source);
            build(source, pair.both(), forward ? pair.a() : pair.b());
            build(target, pair.both(), forward ? pair.b() : pair.a());
            TableRows.fill(source);
            CatalogSnapshot from = Fixtures.inspect(source);
            CatalogSnapshot to = Fixtures.inspect(target);

            List<String> printsBefore = RowPrints.of(source);
            MigrationPlan plan = pair.renames().isEmpty() ? new MigrationPlanner().plan(from, to)
                    : withRenames(server, pair, forward, from, to);
            assertThat(plan.isEmpty()).as("the schemas differ, so the plan does something").isFalse();
            GoldenPlans.assertMatches(pair, forward, server.major(), plan);
            java.util.Map<String, List<String>> rowsBefore = plan.hazards().contains(Hazard.DATA_LOSS) ? null
                    : rows(source, from, to);
            Fixtures.apply(source, plan);
            if (rowsBefore != null) {
                assertThat(rows(source, from, to)).as("rows of the tables both sides have (no data loss)")
                        .isEqualTo(rowsBefore);
            }
            if (!pair.renames().isEmpty()) {
                assertThat(RowPrints.of(source)).as("rows and values, renamed").isEqualTo(printsBefore);
            }

            CatalogSnapshot result = Fixtures.inspect(source);
            Fixtures.assertSameObjects(result, to);
            assertThat(new MigrationPlanner().plan(result, to).toSql()).as("a second diff").isEmpty();
            String expectedDump = Fixtures.schemaDump(target);
            if (expectedDump != null) {
                assertThat(Fixtures.schemaDump(source)).as("pg_dump --schema-only").isEqualTo(expectedDump);
            }
        }
    }

    /** The rows (as text, sorted) of every table both snapshots have. */
    private static java.util.Map<String, List<String>> rows(TestDatabase db, CatalogSnapshot from, CatalogSnapshot to)
            throws Exception {
        java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
        for (dev.retort.catalog.Table t : from.all(dev.retort.catalog.Table.class)) {
            if (to.contains(t.id()) && t.partitionKey() == null) {
                out.put(t.id().qualifiedName(), db.queryColumn("SELECT count(*) FROM " + t.id().qualifiedName()));
            }
        }
        return out;
    }

    /**
     * The plan a revision with B's rename hints holds: A -> B is the upgrade (planned towards B read with the old
     * names, then the renames), B -> A the downgrade (the renames undone, then planned from there). B with the old
     * names is read from a third database, B built and its renames undone.
     */
    private static MigrationPlan withRenames(TestServer server, Pair pair, boolean forward, CatalogSnapshot from,
                                             CatalogSnapshot to) throws Exception {
        CatalogSnapshot a = forward ? from : to;
        CatalogSnapshot b = forward ? to : from;
        List<RenameHint> hints = new ArrayList<>();
        for (String item : pair.renames()) {
            hints.add(RenameHint.ofSetting(item, pair.name()));
        }
        List<Renames.Rename> renames = Renames.resolve(hints, a, b, s -> { });
        assertThat(renames).as("the hints apply").hasSize(hints.size());
        CatalogSnapshot unrenamed;
        try (TestDatabase scratch = server.createDatabase()) {
            Fixtures.ensureRoles(scratch);
            build(scratch, pair.both(), pair.b());
            scratch.execute(String.join("\n", RenameStatements.undo(renames)));
            unrenamed = Fixtures.inspect(scratch);
        }
        MigrationPlanner planner = new MigrationPlanner();
        return forward ? RenameStatements.after(planner.plan(a, unrenamed), renames)
                : RenameStatements.before(renames, planner.plan(unrenamed, a));
    }

    private static void build(TestDatabase db, String both, String own) throws Exception {
        String sql = both + own;
        if (!sql.isBlank()) {
            db.execute(sql);
        }
    }
}
