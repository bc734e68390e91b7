package dev.retort.cli;

import dev.retort.LintFinding;
import dev.retort.LintResult;
import dev.retort.Retort;
import dev.retort.embedded.PostgresBinaries;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lint",
        description = {"Replay revisions on a scratch database, each on the schema its parent leaves, and report what "
                + "they actually change that can hurt a live database: data loss, table rewrites, indexes built or "
                + "dropped without CONCURRENTLY, constraints validated under a lock, SET NOT NULL scans, a missing "
                + "downgrade, a downgrade that fails or does not restore the schema.",
            "Exit 0 when there is no error (warnings only fail with --strict), 1 otherwise: a CI gate. The "
                + "configured database is not touched."},
        footer = {"", "Examples:",
            "  retort lint                           # every revision",
            "  retort lint 3f2a9c1b7d20 --json       # one revision (its ancestors are replayed, not linted)",
            "  retort lint --dev-url embedded --strict"})
final class LintCommand extends ProjectCommand {
    @Parameters(paramLabel = "REV", arity = "0..*",
            description = "the revisions to lint (id, unique prefix or branch label); default: every revision")
    List<String> revisions = new ArrayList<>();

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "where to create the scratch database: a server URL or embedded[:MAJOR]")
    String devUrl;

    @Option(names = "--strict", description = "warnings fail too (exit 1)")
    boolean strict;

    @Option(names = "--json", description = "print the findings as JSON")
    boolean json;

    @Override
    boolean jsonOutput() {
        return json;
    }

    @Override
    public Integer call() {
        Retort retort = retort();
        String dev = devUrl != null ? devUrl : retort.settings().devUrl();
        LintResult result;
        try (DevServer server = DevServer.start(dev, PostgresBinaries::defaultMajor)) {
            Retort linting = server.url() == null ? retort
                    : CloseOnExit.register(configuration().devUrl(server.url()).load());
            result = linting.lint(revisions.toArray(String[]::new));
        }
        PrintWriter out = out();
        if (json) {
            List<String> findings = new ArrayList<>();
            for (LintFinding f : result.findings()) {
                findings.add("{\"revision\": " + Json.string(f.revision()) + ", \"severity\": "
                        + Json.string(f.severity().name().toLowerCase(java.util.Locale.ROOT)) + ", \"rule\": "
                        + Json.string(f.rule()) + ", \"object\": " + (f.object() == null ? "null" : Json.string(f.object()))
                        + ", \"file\": " + Json.string(f.file().toString()) + ", \"line\": " + f.line()
                        + ", \"message\": " + Json.string(f.message()) + "}");
            }
            out.println("{\"schemaVersion\": 1, \"passed\": " + result.passed(strict) + ", \"revisions\": "
                    + Json.strings(result.revisions()) + ", \"errors\": "
                    + result.findings(LintFinding.Severity.ERROR).size() + ", \"warnings\": "
                    + result.findings(LintFinding.Severity.WARNING).size() + ", \"findings\": ["
                    + String.join(",\n ", findings) + "]}");
        } else {
            for (LintFinding f : result.findings()) {
                out.println(root().ansi().string(f.severity() == LintFinding.Severity.ERROR
                        ? "@|red " + f.file() + ":" + f.line() + ": error:|@ "
                        : "@|yellow " + f.file() + ":" + f.line() + ": warning:|@ ") + f.message() + " [" + f.rule() + "]");
            }
            int errors = result.findings(LintFinding.Severity.ERROR).size();
            int warnings = result.findings(LintFinding.Severity.WARNING).size();
            out.println((result.passed(strict) ? root().ansi().string("@|green ok:|@ ") : "")
                    + result.revisions().size() + " revision" + (result.revisions().size() == 1 ? "" : "s")
                    + " linted: " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                    + (warnings == 1 ? "" : "s"));
        }
        out.flush();
        return result.passed(strict) ? 0 : 1;
    }
}
