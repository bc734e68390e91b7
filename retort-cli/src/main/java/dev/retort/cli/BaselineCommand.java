package dev.retort.cli;

import dev.retort.BaselineOptions;
import dev.retort.BaselineResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "baseline",
        description = {"Adopt a database Retort has not run on: write a first revision whose upgrade creates its "
                + "current schema (in dependency order) and whose downgrade drops it, both proven on a scratch "
                + "database first; fill an empty schema/ folder with the same schema; stamp the database at it.",
            "Other tools' bookkeeping tables (flyway_schema_history, databasechangelog, databasechangeloglock, "
                + "alembic_version) are never part of it; --exclude leaves out more."},
        footer = {"", "Examples:",
            "  retort baseline --url postgresql://app@prod/app -m \"adopt production\"",
            "  retort baseline --schema app --exclude 'app.tmp_*'      # only what schema app holds",
            "  retort baseline --no-stamp                              # write the files, stamp later",
            "  retort baseline --json",
            "", "A second database of the same project: 'retort stamp <baseline id>' then 'retort check'."})
final class BaselineCommand extends ProjectCommand {
    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "the revision's message (default: baseline)")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "the revision's id (default: random)")
    String revisionId;

    @Option(names = "--no-stamp", description = "write the files only; do not stamp the database")
    boolean noStamp;

    @Option(names = "--no-schema", description = "do not write the schema into an empty schema/ folder")
    boolean noSchema;

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "take only this schema (repeatable)")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--exclude-schema", paramLabel = "SCHEMA", description = "leave this schema out (repeatable)")
    List<String> excludeSchemas = new ArrayList<>();

    @Option(names = "--kinds", paramLabel = "KINDS", split = ",", description = "take only these kinds (e.g. tables,views)")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "PATTERN", split = ",",
            description = "leave out objects by name or pattern: schema.name or name, * and ? (repeatable)")
    List<String> exclude = new ArrayList<>();

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
        var c = configuration();
        if (!schemas.isEmpty()) {
            c.schemas(schemas.toArray(String[]::new));
        }
        if (!excludeSchemas.isEmpty()) {
            c.excludeSchemas(excludeSchemas.toArray(String[]::new));
        }
        if (!kinds.isEmpty()) {
            c.kinds(kinds.toArray(String[]::new));
        }
        if (!exclude.isEmpty()) {
            c.exclude(exclude.toArray(String[]::new));
        }
        var retort = CloseOnExit.register(c.load());
        BaselineResult r = retort.baseline(new BaselineOptions(message, revisionId, !noStamp, !noSchema));
        if (json) {
            out().println("{\"schemaVersion\": 1, \"revision\": " + Json.string(r.revision()) + ", \"file\": "
                    + Json.string(display(r.file())) + ", \"schemaFiles\": " + Json.strings(r.schemaFiles().stream()
                    .map(p -> display(p)).toList()) + ", \"statements\": " + r.upgrade().size() + ", \"stamped\": "
                    + r.stamped() + "}");
        } else {
            out().println("wrote " + display(r.file()) + " (" + r.upgrade().size() + " statements, verified)");
            for (Path p : r.schemaFiles()) {
                out().println("wrote " + display(p));
            }
            out().println(r.stamped() ? "stamped the database at " + r.revision()
                    : "not stamped: 'retort stamp " + r.revision() + "' records it when you are ready");
        }
        out().flush();
        return 0;
    }
}
