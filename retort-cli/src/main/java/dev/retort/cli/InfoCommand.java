package dev.retort.cli;

import dev.retort.InfoResult;
import dev.retort.RevisionState;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "info", description = {"Show every revision with its state in the database (applied, pending, "
        + "not applied on another branch, or unknown: applied but no file has it), when it was applied, how long it "
        + "took, and whether its file is still what was applied (checksum ok or changed)."},
        footer = {"", "Examples:", "  retort info", "  retort --url postgresql://app@prod/app info --json"})
final class InfoCommand extends ProjectCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--json", description = "print the result as JSON (see docs/cli.md)")
    boolean json;

    @Override
    boolean jsonOutput() {
        return json;
    }

    @Override
    public Integer call() {
        InfoResult info = retort().info();
        PrintWriter out = out();
        if (json) {
            List<String> rows = new ArrayList<>();
            for (RevisionState s : info.revisions()) {
                rows.add("{\"revision\": " + Json.string(s.revision()) + ", \"summary\": " + Json.string(s.summary())
                        + ", \"state\": " + Json.string(s.state()) + ", \"appliedAt\": "
                        + (s.appliedAt() == null ? "null" : Json.string(s.appliedAt().toString())) + ", \"durationMs\": "
                        + (s.took() == null ? "null" : s.took().toMillis()) + ", \"checksum\": "
                        + Json.string(s.checksum()) + ", \"file\": " + (s.file() == null ? "null"
                        : Json.string(display(s.file()))) + "}");
            }
            out.println("{\"schemaVersion\": 1, \"current\": " + Json.strings(info.current()) + ", \"heads\": "
                    + Json.strings(info.heads()) + ", \"upToDate\": " + info.upToDate() + ", \"interrupted\": ["
                    + String.join(", ", info.interrupted().stream().map(i -> "{\"revision\": " + Json.string(i.revision())
                    + ", \"direction\": " + Json.string(i.direction()) + ", \"finished\": " + i.finished()
                    + ", \"statements\": " + i.statements() + ", \"startedAt\": " + Json.string(i.startedAt())
                    + ", \"startedBy\": " + Json.string(i.startedBy()) + "}").toList())
                    + "], \"revisions\": [" + String.join(",\n  ", rows) + "]}");
        } else {
            out.println("database at " + (info.current().isEmpty() ? "base" : String.join(", ", info.current()))
                    + "; head " + (info.heads().isEmpty() ? "base" : String.join(", ", info.heads()))
                    + (info.upToDate() ? " (up to date)" : ""));
            for (InfoResult.Interrupted i : info.interrupted()) {
                out.println("interrupted: " + i.describe());
            }
            out.println(String.format("%-14s %-12s %-19s %9s %-8s %s", "REVISION", "STATE", "APPLIED", "TOOK",
                    "CHECKSUM", "SUMMARY"));
            for (RevisionState s : info.revisions()) {
                out.println(String.format("%-14s %-12s %-19s %9s %-8s %s", s.revision(), s.state(),
                        s.appliedAt() == null ? "" : WHEN.format(s.appliedAt().toLocalDateTime()),
                        s.took() == null ? "" : s.took().toMillis() + " ms", s.checksum(), s.summary()));
            }
        }
        out.flush();
        return 0;
    }
}
