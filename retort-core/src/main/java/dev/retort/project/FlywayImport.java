package dev.retort.project;

import dev.retort.ImportResult;
import dev.retort.ImportedMigration;
import dev.retort.Location;
import dev.retort.RetortException;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.connection.Connector;
import dev.retort.devdb.DeclaredScope;
import dev.retort.devdb.DevDatabase;
import dev.retort.diff.SchemaDiff;
import dev.retort.progress.Progress;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionScript;
import dev.retort.revision.RevisionTarget;
import dev.retort.revision.ScriptParser;
import dev.retort.revision.ScriptTemplate;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.TransactionMode;
import dev.retort.runner.VersionTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * {@code retort import flyway}: adopts a database Flyway manages. Reads {@code flyway_schema_history} and the
 * {@code V}/{@code R}/{@code U} files of Flyway's locations, then either writes a {@link Baseline} of the live schema
 * (the default) or a chain of revisions, one per versioned migration (its undo file, when there is one, as the
 * downgrade), and one last revision holding the repeatable migrations, as a fresh {@code flyway migrate} would run
 * them: every versioned one, then every repeatable one. The chain is proven first: replayed into a scratch
 * database, it must give the live schema. Flyway's history rows are recorded in {@code retort_history} as
 * {@code import} rows; {@code flyway_schema_history} stays where it is, out of scope.
 */
public final class FlywayImport {
    private static final Pattern FILE = Pattern.compile("([VRU])(.*?)__(.+)\\.sql");

    /** What was asked. */
    public record Options(List<Location> locations, String table, boolean chain, String message, boolean stamp,
                          boolean writeSchema) {
    }

    /** A row of {@code flyway_schema_history}. */
    record Row(int rank, String version, String description, String type, String script, Integer checksum,
               String installedBy, OffsetDateTime installedOn, Integer executionTime, boolean success) {
    }

    /** A migration file of Flyway's locations. */
    record MigrationFile(char prefix, String version, String description, Path path, String text) {
        int checksum() {
            return flywayChecksum(text);
        }
    }

    private final RetortProject project;

    FlywayImport(RetortProject project) {
        this.project = project;
    }

    /**
     * Flyway's checksum of a script: CRC-32 of its lines' UTF-8 bytes, without line ends (so line endings do not
     * count) and without a byte-order mark.
     */
    static int flywayChecksum(String text) {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            while (line != null) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                line = reader.readLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    ImportResult run(Options options, Consumer<String> log) {
        Connector database = project.database();
        List<Row> rows = readHistory(database, options.table());
        for (Row r : rows) {
            if (!r.success()) {
                throw new RetortException("Flyway recorded a failed migration in " + database + ": "
                        + describe(r) + ". Settle it with Flyway first ('flyway repair' removes the failed row once "
                        + "the database is fixed by hand), then import.");
            }
        }
        List<MigrationFile> files = readFiles(options.locations());
        Map<String, MigrationFile> versioned = new TreeMap<>(FlywayImport::compareVersions);
        Map<String, MigrationFile> undo = new LinkedHashMap<>();
        Map<String, MigrationFile> repeatable = new TreeMap<>();
        for (MigrationFile f : files) {
            Map<String, MigrationFile> into = f.prefix() == 'V' ? versioned : f.prefix() == 'U' ? undo : repeatable;
            String key = f.prefix() == 'R' ? f.description() : f.version();
            MigrationFile clash = into.put(key, f);
            if (clash != null) {
                throw new RetortException("two Flyway migrations with " + (f.prefix() == 'R' ? "description "
                        : "version ") + key + ": " + clash.path() + " and " + f.path());
            }
        }
        // The latest row of each versioned migration, and of each repeatable one (re-applied when it changed).
        Map<String, Row> applied = new TreeMap<>(FlywayImport::compareVersions);
        Map<String, Row> appliedRepeatable = new TreeMap<>();
        Row flywayBaseline = null;
        for (Row r : rows) {
            if (r.type().equals("BASELINE")) {
                flywayBaseline = r;
            } else if (r.version() != null && !r.type().equals("DELETE") && !r.type().startsWith("UNDO")) {
                applied.put(r.version(), r);
            } else if (r.version() == null && !r.type().equals("SCHEMA") && !r.type().equals("DELETE")) {
                appliedRepeatable.put(r.description(), r);
            }
        }
        String top = applied.isEmpty() ? null : ((TreeMap<String, Row>) applied).lastKey();
        Row fromBaseline = flywayBaseline;
        List<String> pendingVersions = versioned.keySet().stream().filter(v -> !applied.containsKey(v)
                && (fromBaseline == null || compareVersions(v, fromBaseline.version()) > 0)).toList();

        ImportResult result = options.chain()
                ? chain(options, rows, versioned, undo, repeatable, applied, appliedRepeatable, flywayBaseline,
                        pendingVersions, log)
                : baseline(options, rows, versioned, repeatable, top, pendingVersions, log);
        if (options.stamp() && !result.stampedAt().isEmpty()) {
            // Flyway's rows first, the stamp last: the history's latest row for the revision says it is applied.
            recordHistory(database, result.imported());
            project.runner(TransactionMode.ALL, log).stamp(RevisionTarget.parse(result.stampedAt().get(0)));
        }
        return result;
    }

    private ImportResult baseline(Options options, List<Row> rows, Map<String, MigrationFile> versioned,
                                  Map<String, MigrationFile> repeatable, String top, List<String> pending,
                                  Consumer<String> log) {
        if (!pending.isEmpty()) {
            throw new RetortException("Flyway has not applied " + String.join(", ", pending.stream().map(v -> "V" + v
                    + " (" + versioned.get(v).path() + ")").toList()) + " yet: a baseline takes the schema as it is, "
                    + "so these would be lost. Apply them with 'flyway migrate' first, or import with --chain, "
                    + "which writes them as revisions that 'retort upgrade' runs.");
        }
        String message = options.message() != null ? options.message()
                : "baseline: the schema Flyway left" + (top == null ? "" : " at version " + top);
        Baseline.Outcome o = new Baseline(project).run(new Baseline.Options(message, null, false,
                options.writeSchema()), log);
        List<ImportedMigration> imported = new ArrayList<>();
        for (Row r : rows) {
            imported.add(imported(r, o.revision(), status(r, versioned, repeatable)));
        }
        warnChanged(imported, log);
        return new ImportResult("flyway", false, List.of(o.revision()), List.of(o.file()), o.schemaFiles(),
                options.stamp() ? List.of(o.revision()) : List.of(), imported, List.of());
    }

    private ImportResult chain(Options options, List<Row> rows, Map<String, MigrationFile> versioned,
                               Map<String, MigrationFile> undo, Map<String, MigrationFile> repeatable,
                               Map<String, Row> applied, Map<String, Row> appliedRepeatable, Row flywayBaseline,
                               List<String> pending, Consumer<String> log) {
        if (flywayBaseline != null) {
            throw new RetortException("Flyway's history starts from a baseline (version " + flywayBaseline.version()
                    + "): the migrations before it never ran on this database, so a chain cannot rebuild it from "
                    + "empty. Import without --chain: the baseline takes the schema as it is.");
        }
        for (Row r : applied.values()) {
            if (!r.type().equals("SQL")) {
                throw new RetortException("Flyway migration " + describe(r) + " is of type " + r.type() + " (not a "
                        + "SQL file): a chain cannot hold it. Import without --chain.");
            }
            if (!versioned.containsKey(r.version())) {
                throw new RetortException("Flyway applied " + describe(r) + " but no file V" + r.version()
                        + "__*.sql is in " + options.locations() + ": pass the right --locations, or import "
                        + "without --chain");
            }
        }
        RevisionGraph graph = project.graph();
        if (!graph.isEmpty()) {
            throw new RetortException("the migrations already hold revisions (heads " + String.join(", ",
                    graph.heads()) + "): an import writes the first revisions");
        }
        if (!project.runner(TransactionMode.ALL, log).current().isEmpty()) {
            throw new RetortException(project.database() + " is already managed by Retort");
        }
        // The revisions, parsed from the text they will be written with, so the chain is proven before any file
        // exists.
        Path directory = project.settings().writableMigrations();
        if (directory == null) {
            throw new RetortException("an import writes revisions to a filesystem migrations location; there is none");
        }
        List<RevisionScript> scripts = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> idOfVersion = new LinkedHashMap<>();
        List<String> parents = List.of();
        String stampAt = null;
        // Flyway runs repeatable migrations after the versioned ones of the same run: their revision follows the
        // last versioned migration applied (or the last one, when none of them ever ran), so the chain replays in
        // the order this database saw.
        boolean repeatablesApplied = !appliedRepeatable.isEmpty();
        for (MigrationFile f : repeatable.values()) {
            Row r = appliedRepeatable.get(f.description());
            if (repeatablesApplied && (r == null || r.checksum() == null || r.checksum() != f.checksum())) {
                throw new RetortException("the repeatable migration " + f.path() + (r == null ? " was never applied"
                        : " changed since Flyway applied it") + ": the chain cannot say what this database holds. "
                        + "Run 'flyway migrate' first, or import without --chain.");
            }
        }
        String lastApplied = applied.isEmpty() ? null : ((TreeMap<String, Row>) applied).lastKey();
        List<MigrationFile> order = new ArrayList<>(versioned.values());
        int repeatableAt = !repeatablesApplied || lastApplied == null ? order.size()
                : order.indexOf(versioned.get(lastApplied)) + 1;
        for (int i = 0; i <= order.size(); i++) {
            if (i == repeatableAt && !repeatable.isEmpty()) {
                String id = "flyway_repeatable";
                StringBuilder sql = new StringBuilder();
                for (MigrationFile f : repeatable.values()) {
                    sql.append("-- ").append(f.path().getFileName()).append('\n').append(f.text().strip()).append("\n\n");
                }
                String text = ScriptTemplate.render(id, parents, List.of(), List.of(), "Flyway's repeatable "
                        + "migrations\n\nImported from Flyway: " + String.join(", ", repeatable.values().stream()
                        .map(f -> f.path().getFileName().toString()).toList()), LocalDateTime.now(),
                        sql.toString().strip(), "");
                Path file = directory.resolve(ScriptTemplate.fileName(id, "flyway repeatable migrations"));
                scripts.add(ScriptParser.parse(file, text));
                texts.put(id, text);
                parents = List.of(id);
                if (repeatablesApplied) {
                    stampAt = id;
                }
            }
            if (i == order.size()) {
                break;
            }
            MigrationFile f = order.get(i);
            String id = "v" + f.version().replace('.', '_');
            MigrationFile down = undo.get(f.version());
            String text = ScriptTemplate.render(id, parents, List.of(), List.of(), f.description()
                    + "\n\nImported from Flyway: " + f.path().getFileName(), LocalDateTime.now(), f.text().strip(),
                    down == null ? "" : down.text().strip());
            Path file = directory.resolve(ScriptTemplate.fileName(id, f.description()));
            scripts.add(ScriptParser.parse(file, text));
            texts.put(id, text);
            idOfVersion.put(f.version(), id);
            parents = List.of(id);
            if (applied.containsKey(f.version())) {
                stampAt = id;
            }
        }
        RevisionGraph chain = RevisionGraph.of(scripts);
        if (stampAt != null) {
            verify(chain, stampAt, log);
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (RevisionScript s : scripts) {
                Files.writeString(s.file(), texts.get(s.id()), StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE_NEW);
                written.add(s.file());
            }
        } catch (IOException e) {
            throw new RetortException("cannot write the imported revisions into " + directory + ": " + e.getMessage()
                    + (written.isEmpty() ? "" : " (written already: " + written + ")"), e);
        }
        List<Path> schemaFiles = List.of();
        if (options.writeSchema()) {
            DeclaredScope scope = project.declaredScope();
            CatalogSnapshot live = Schemas.inspectOwned(project.database(), scope, log);
            CatalogSnapshot empty = scope.restrict(Schemas.declaredSnapshot(dev.retort.declared.DeclaredSchema.EMPTY,
                    project.database(), project.devServer(null), scope, log));
            schemaFiles = new Baseline(project).writeSchema(new dev.retort.plan.MigrationPlanner().plan(empty, live), log);
        }
        List<String> stamped = options.stamp() && stampAt != null ? List.of(stampAt) : List.of();
        java.util.Set<String> appliedIds = stampAt == null ? java.util.Set.of() : chain.ancestorsOf(List.of(stampAt));
        List<String> notStamped = scripts.stream().map(RevisionScript::id).filter(id -> !appliedIds.contains(id)).toList();
        List<ImportedMigration> imported = new ArrayList<>();
        for (Row r : rows) {
            String revision = r.version() != null ? idOfVersion.getOrDefault(r.version(), "") : "flyway_repeatable";
            imported.add(imported(r, revision, status(r, versioned, repeatable)));
        }
        warnChanged(imported, log);
        if (!notStamped.isEmpty()) {
            Progress.of(log).note("note: " + String.join(", ", notStamped) + (notStamped.size() == 1 ? " is" : " are")
                    + " not applied yet (Flyway had not run " + (notStamped.size() == 1 ? "it" : "them")
                    + ", or a repeatable migration changed since): 'retort upgrade' runs "
                    + (notStamped.size() == 1 ? "it" : "them"));
        }
        return new ImportResult("flyway", true, scripts.stream().map(RevisionScript::id).toList(), written,
                schemaFiles, stamped, imported, notStamped);
    }

    /** Replays the chain up to {@code stampAt} into a scratch database, which must then match the live schema. */
    private void verify(RevisionGraph chain, String stampAt, Consumer<String> log) {
        DeclaredScope scope = project.declaredScope();
        Connector database = project.database();
        dev.retort.connection.DatabaseUrl server = project.devServer(null) != null ? project.devServer(null)
                : database.serverUrl();
        if (server == null) {
            throw new RetortException("cannot create a scratch database to prove the chain on: name a dev server");
        }
        CatalogSnapshot live = Schemas.inspectOwned(database, scope, log);
        try (DevDatabase scratch = DevDatabase.create(server, Schemas.serverMajor(database), log)) {
            new MigrationRunner(scratch.url(), chain, project.versionTable(), TransactionMode.ALL, log)
                    .upgrade(RevisionTarget.parse(stampAt));
            CatalogSnapshot replayed = scope.restrict(Schemas.inspect(scratch.url(), scope.inspection()));
            SchemaDiff diff = SchemaDiff.between(replayed, live);
            if (!diff.isEmpty()) {
                List<String> differences = new ArrayList<>();
                diff.added().forEach(id -> differences.add("missing " + id));
                diff.removed().forEach(id -> differences.add("unexpected " + id));
                diff.changed().forEach(id -> differences.add("different " + id));
                throw new RetortException("the Flyway migrations, replayed into a scratch database, do not give the "
                        + "schema of " + database + " (changed by hand, or files edited since they ran?): "
                        + String.join("; ", differences.subList(0, Math.min(10, differences.size())))
                        + (differences.size() > 10 ? "; and " + (differences.size() - 10) + " more" : "")
                        + ". Nothing was written. Import without --chain: the baseline takes the schema as it is.");
            }
            log.accept("verified: the " + chain.revisions().size() + " imported revisions replay to the live schema");
        }
    }

    private static void warnChanged(List<ImportedMigration> imported, Consumer<String> log) {
        for (ImportedMigration m : imported) {
            if (m.fileStatus().equals("changed") && m.version() != null) {
                Progress.of(log).note("note: " + m.script() + " changed since Flyway applied it (its checksum "
                        + "differs)");
            }
        }
    }

    private static String status(Row r, Map<String, MigrationFile> versioned, Map<String, MigrationFile> repeatable) {
        if (r.checksum() == null) {
            return "unchecked";
        }
        MigrationFile f = r.version() != null ? versioned.get(r.version()) : repeatable.get(r.description());
        if (f == null) {
            return "missing";
        }
        return f.checksum() == r.checksum() ? "matches" : "changed";
    }

    private static ImportedMigration imported(Row r, String revision, String status) {
        return new ImportedMigration(r.version(), r.description(), r.script(), r.type(), r.installedOn(),
                r.installedBy(), r.executionTime() == null ? null : Duration.ofMillis(r.executionTime()), revision,
                status);
    }

    private static String describe(Row r) {
        return (r.version() == null ? "repeatable " : "V" + r.version() + " ") + r.description() + " (" + r.script()
                + ", installed rank " + r.rank() + ")";
    }

    /** Records Flyway's rows as {@code import} rows of {@code retort_history}, oldest first, in one transaction. */
    private void recordHistory(Connector database, List<ImportedMigration> imported) {
        VersionTable table = project.versionTable();
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            table.create(c);
            try (Statement s = c.createStatement()) {
                for (String sql : table.importColumns()) {
                    s.execute(sql);
                }
                for (ImportedMigration m : imported) {
                    String source = "flyway " + (m.version() == null ? "" : "V" + m.version() + " ") + m.description()
                            + " (" + m.script() + ", " + m.type() + (m.fileStatus().equals("changed")
                            ? ", file changed since" : "") + ")";
                    s.execute(table.importInsert(m.revision(), source, null, m.installedOn(), m.installedBy(),
                            m.took() == null ? null : m.took().toMillis()));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new RetortException("cannot record Flyway's history in " + table.historyTable() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The rows of Flyway's history table ({@code table}, else the one table of that name in any schema). */
    List<Row> readHistory(Connector database, String table) {
        try (Connection c = database.connect()) {
            String qualified = findTable(c, table == null ? "flyway_schema_history" : table);
            List<Row> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT installed_rank, version, "
                    + "description, type, script, checksum, installed_by, installed_on::timestamptz, execution_time, "
                    + "success FROM " + qualified + " ORDER BY installed_rank")) {
                while (rs.next()) {
                    rows.add(new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            (Integer) rs.getObject(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class),
                            (Integer) rs.getObject(9), rs.getBoolean(10)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new RetortException("cannot read Flyway's history in " + database + ": " + e.getMessage(), e);
        }
    }

    private static String findTable(Connection c, String table) throws SQLException {
        int dot = table.indexOf('.');
        try (PreparedStatement ps = c.prepareStatement("SELECT format('%I.%I', n.nspname, t.relname) FROM pg_class t "
                + "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE t.relkind IN ('r', 'p') AND t.relname = ? "
                + "AND (? IS NULL OR n.nspname = ?) ORDER BY n.nspname")) {
            ps.setString(1, dot < 0 ? table : table.substring(dot + 1));
            ps.setString(2, dot < 0 ? null : table.substring(0, dot));
            ps.setString(3, dot < 0 ? null : table.substring(0, dot));
            List<String> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            if (found.isEmpty()) {
                throw new RetortException("no Flyway history table " + table + " in this database: is it managed by "
                        + "Flyway? (a table of another name: --table SCHEMA.NAME)");
            }
            if (found.size() > 1) {
                throw new RetortException("several Flyway history tables: " + String.join(", ", found)
                        + "; name one with --table SCHEMA.NAME");
            }
            return found.get(0);
        }
    }

    /** The {@code V}, {@code U} and {@code R} files of the locations (filesystem directories, recursively). */
    static List<MigrationFile> readFiles(List<Location> locations) {
        List<MigrationFile> out = new ArrayList<>();
        for (Location location : locations) {
            if (location.classpath()) {
                throw new RetortException("Flyway locations are read from the filesystem: " + location + " is on the "
                        + "class path (pass the directory, e.g. filesystem:src/main/resources/db/migration)");
            }
            Path dir = location.directory();
            if (!Files.isDirectory(dir)) {
                throw new RetortException("the Flyway location " + dir + " is not a directory");
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
                    Matcher m = FILE.matcher(p.getFileName().toString());
                    if (!m.matches()) {
                        continue;
                    }
                    char prefix = m.group(1).charAt(0);
                    String version = m.group(2).replace('_', '.');
                    if (prefix == 'R' ? !version.isEmpty() : version.isEmpty()) {
                        continue;
                    }
                    out.add(new MigrationFile(prefix, prefix == 'R' ? null : version, m.group(3).replace('_', ' '),
                            p, withoutBom(Files.readString(p, StandardCharsets.UTF_8))));
                }
            } catch (IOException e) {
                throw new RetortException("cannot read the Flyway location " + dir + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Flyway's version order: dotted parts compared as numbers, missing parts as zero. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            BigInteger p = i < x.length && x[i].matches("\\d+") ? new BigInteger(x[i]) : BigInteger.ZERO;
            BigInteger q = i < y.length && y[i].matches("\\d+") ? new BigInteger(y[i]) : BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }
}
