package dev.retort.cli;

import dev.retort.FlywayImportOptions;
import dev.retort.ImportResult;
import dev.retort.ImportedMigration;
import dev.retort.RetortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "import",
        description = "Adopt a database another migration tool manages, with its history.",
        subcommands = {ImportCommand.Flyway.class, ImportCommand.Liquibase.class},
        footer = {"", "Examples:",
            "  retort import flyway --locations src/main/resources/db/migration",
            "  retort import flyway --chain --locations sql",
            "  retort import liquibase --url postgresql://app@prod/app"})
final class ImportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "flyway",
            description = {"Adopt a Flyway-managed database: read flyway_schema_history and the V/U/R files, write "
                    + "a baseline of the live schema (default) or, with --chain, one revision per versioned "
                    + "migration (its U file as the downgrade) and one for the repeatable ones, proven by replaying "
                    + "them into a scratch database; record Flyway's rows in retort_history as imported; stamp.",
                "flyway_schema_history stays where it is, out of Retort's scope. Refused for a failed Flyway "
                    + "migration; a baseline is refused while Flyway has migrations left to apply."},
            footer = {"", "Examples:",
                "  retort import flyway --url postgresql://app@prod/app --locations src/main/resources/db/migration",
                "  retort import flyway --chain --locations sql --locations sql/repeatable",
                "  retort import flyway --table flyway.schema_history --json",
                "", "Without --locations: src/main/resources/db/migration, db/migration or sql, the first that exists."})
    static final class Flyway extends ProjectCommand {
        @Option(names = "--locations", paramLabel = "DIR", split = ",", description = "Flyway's migration directories (repeatable)")
        List<String> locations = new ArrayList<>();

        @Option(names = "--table", paramLabel = "SCHEMA.NAME", description = "Flyway's history table (default: flyway_schema_history, in any schema)")
        String table;

        @Option(names = "--chain", description = "one revision per Flyway migration instead of a baseline")
        boolean chain;

        @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "the baseline's message")
        String message;

        @Option(names = "--no-stamp", description = "write the files only; do not stamp or record the history")
        boolean noStamp;

        @Option(names = "--no-schema", description = "do not write the schema into an empty schema/ folder")
        boolean noSchema;

        @Option(names = "--json", description = "print the result as JSON (see docs/cli.md)")
        boolean json;

        @Override
        boolean detailsByDefault() {
            return true;
        }

        @Override
        boolean jsonOutput() {
            return json;
        }

        @Override
        public Integer call() {
            var retort = retort();
            List<String> dirs = locations;
            if (dirs.isEmpty()) {
                Path base = retort.settings().baseDirectory();
                dirs = List.of("src/main/resources/db/migration", "db/migration", "sql").stream()
                        .filter(d -> Files.isDirectory(base.resolve(d))).limit(1).toList();
                if (dirs.isEmpty()) {
                    throw new RetortException("where are the Flyway migrations? pass --locations DIR (none of "
                            + "src/main/resources/db/migration, db/migration, sql exists)");
                }
            }
            ImportResult r = retort.importFlyway(new FlywayImportOptions(dirs, table, chain, message, !noStamp, !noSchema));
            if (json) {
                List<String> rows = new ArrayList<>();
                for (ImportedMigration m : r.imported()) {
                    rows.add("{\"version\": " + (m.version() == null ? "null" : Json.string(m.version()))
                            + ", \"description\": " + Json.string(m.description()) + ", \"script\": "
                            + Json.string(m.script()) + ", \"type\": " + Json.string(m.type()) + ", \"revision\": "
                            + Json.string(m.revision()) + ", \"file\": " + Json.string(m.fileStatus()) + "}");
                }
                out().println("{\"schemaVersion\": 1, \"tool\": \"flyway\", \"chain\": " + r.chain()
                        + ", \"revisions\": " + Json.strings(r.revisions()) + ", \"files\": "
                        + Json.strings(r.files().stream().map(p -> display(p)).toList()) + ", \"schemaFiles\": "
                        + Json.strings(r.schemaFiles().stream().map(p -> display(p)).toList()) + ", \"stampedAt\": "
                        + Json.strings(r.stampedAt()) + ", \"pending\": " + Json.strings(r.pending())
                        + ", \"imported\": [" + String.join(", ", rows) + "]}");
            } else {
                for (Path p : r.files()) {
                    out().println("wrote " + display(p));
                }
                for (Path p : r.schemaFiles()) {
                    out().println("wrote " + display(p));
                }
                out().println("imported " + r.imported().size() + " rows of Flyway's history");
                out().println(r.stampedAt().isEmpty() ? "not stamped" : "stamped the database at "
                        + String.join(", ", r.stampedAt()));
                if (!r.pending().isEmpty()) {
                    out().println("pending (Flyway had not run them): " + String.join(", ", r.pending())
                            + "; 'retort upgrade' runs them");
                }
            }
            out().flush();
            return 0;
        }
    }

    @Command(name = "liquibase",
            description = {"Adopt a Liquibase-managed database: write a baseline of the live schema, record each row "
                    + "of databasechangelog in retort_history as imported, and stamp. The changelog files are not "
                    + "read: run 'liquibase update' first so nothing is left pending.",
                "databasechangelog and databasechangeloglock stay where they are, out of Retort's scope."},
            footer = {"", "Examples:", "  retort import liquibase --url postgresql://app@prod/app",
                "  retort import liquibase -m \"adopt production\" --json"})
    static final class Liquibase extends ProjectCommand {
        @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "the baseline's message")
        String message;

        @Option(names = "--no-stamp", description = "write the files only; do not stamp or record the changelog")
        boolean noStamp;

        @Option(names = "--json", description = "print the result as JSON (see docs/cli.md)")
        boolean json;

        @Override
        boolean jsonOutput() {
            return json;
        }

        @Override
        boolean detailsByDefault() {
            return true;
        }

        @Override
        public Integer call() {
            ImportResult r = retort().importLiquibase(message, !noStamp);
            if (json) {
                List<String> rows = new ArrayList<>();
                for (ImportedMigration m : r.imported()) {
                    rows.add("{\"id\": " + Json.string(m.version()) + ", \"author\": " + Json.string(m.installedBy())
                            + ", \"file\": " + Json.string(m.script()) + ", \"type\": " + Json.string(m.type())
                            + ", \"revision\": " + Json.string(m.revision()) + "}");
                }
                out().println("{\"schemaVersion\": 1, \"tool\": \"liquibase\", \"revisions\": "
                        + Json.strings(r.revisions()) + ", \"files\": " + Json.strings(r.files().stream()
                        .map(p -> display(p)).toList()) + ", \"stampedAt\": " + Json.strings(r.stampedAt())
                        + ", \"imported\": [" + String.join(", ", rows) + "]}");
            } else {
                r.files().forEach(p -> out().println("wrote " + display(p)));
                r.schemaFiles().forEach(p -> out().println("wrote " + display(p)));
                out().println("imported " + r.imported().size() + " changesets of Liquibase's changelog");
                out().println(r.stampedAt().isEmpty() ? "not stamped" : "stamped the database at "
                        + String.join(", ", r.stampedAt()));
            }
            out().flush();
            return 0;
        }
    }
}
