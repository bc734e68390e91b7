package dev.retort.cli;

import dev.retort.plan.PlannedStatement;
import dev.retort.project.CheckResult;
import dev.retort.project.RetortProject;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check",
        description = {"Check that the database is at head and matches the declared schema: exit 0 when it does, "
                + "1 (with what differs) when it does not.",
            "With --replay, every migration is replayed into a scratch database instead, which is compared: a CI "
                + "gate that the migrations produce the declared schema, needing no target database."},
        footer = {"", "Examples:",
            "  retort check                          # the configured database",
            "  retort check --replay --dev-url embedded --json"})
final class CheckCommand extends ProjectCommand {
    @Option(names = "--replay", description = "replay every migration into a scratch database and compare that")
    boolean replay;

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "where to build the declared schema (and replay): a server URL or embedded[:MAJOR]")
    String devUrl;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Override
    public Integer call() {
        RetortProject p = openProject();
        String dev = DeclaredOptions.DevServer.choose(devUrl, p.schemaSettings().devUrl(), root().environment);
        CheckResult result;
        try (DeclaredOptions.DevServer server = DeclaredOptions.DevServer.start(dev,
                replay && dev != null ? null : p.databaseUrl())) {
            result = p.check(replay, server.url(), steps());
        }
        Set<String> differences = new LinkedHashSet<>();
        for (PlannedStatement s : result.drift().statements()) {
            differences.add(s.action().name().toLowerCase(Locale.ROOT) + " " + s.object());
        }
        PrintWriter out = out();
        if (result.drift().skippedSummary() != null) {
            spec.commandLine().getErr().println("retort: " + result.drift().skippedSummary());
        }
        if (json) {
            out.println("{\"passed\": " + result.passed() + ", \"atHead\": " + result.atHead() + ", \"applied\": "
                    + Json.strings(result.applied()) + ", \"heads\": " + Json.strings(result.heads())
                    + ", \"differences\": " + Json.strings(List.copyOf(differences)) + "}");
        } else if (result.passed()) {
            out.println(picocli.CommandLine.Help.Ansi.AUTO.string("@|green ok:|@ ") + (replay ? "the migrations replayed to " : "the database at ")
                    + String.join(", ", result.heads().isEmpty() ? List.of("base") : result.heads())
                    + " match" + (replay ? "" : "es") + " the declared schema");
        } else {
            if (!result.atHead()) {
                out.println(picocli.CommandLine.Help.Ansi.AUTO.string("@|red not at head:|@") + " the database is at " + (result.applied().isEmpty() ? "base"
                        : String.join(", ", result.applied())) + ", the migrations' head is "
                        + (result.heads().isEmpty() ? "base" : String.join(", ", result.heads())));
            }
            if (!differences.isEmpty()) {
                out.println(differences.size() + " difference" + (differences.size() == 1 ? "" : "s")
                        + " from the declared schema (what would make them match):");
                differences.forEach(d -> out.println("  " + d));
            }
        }
        out.flush();
        return result.passed() ? 0 : 1;
    }
}
