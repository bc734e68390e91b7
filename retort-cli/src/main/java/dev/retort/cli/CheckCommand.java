package dev.retort.cli;

import dev.retort.Change;
import dev.retort.CheckResult;
import dev.retort.Retort;
import dev.retort.embedded.PostgresBinaries;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
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

    @Option(names = "--no-cache", description = "build the declared schema even when the snapshot cache has it "
            + "(default: [dev] cache in retort.toml, else on)")
    boolean noCache;

    @Option(names = "--exclude", paramLabel = "PATTERN", split = ",",
            description = "leave objects out of the comparison by name or pattern: schema.name or name, * and ? "
                    + "(repeatable; adds to [schema] exclude)")
    java.util.List<String> exclude = new java.util.ArrayList<>();

    @Override
    boolean jsonOutput() {
        return json;
    }

    @Override
    dev.retort.RetortConfiguration configuration() {
        dev.retort.RetortConfiguration c = super.configuration();
        if (noCache) {
            c.cache(false);
        }
        if (!exclude.isEmpty()) {
            java.util.List<String> all = new java.util.ArrayList<>(c.load().settings().exclude());
            all.addAll(exclude);
            c.exclude(all.toArray(String[]::new));
        }
        return c;
    }

    @Override
    boolean detailsByDefault() {
        return true;
    }

    @Override
    public Integer call() {
        Retort retort = retort();
        String dev = devUrl != null ? devUrl : retort.settings().devUrl();
        CheckResult result;
        try (DevServer server = DevServer.start(dev,
                () -> replay ? PostgresBinaries.defaultMajor() : retort.serverMajorVersion())) {
            Retort checking = server.url() == null ? retort
                    : CloseOnExit.register(configuration().devUrl(server.url()).load());
            result = replay ? checking.checkReplay() : checking.check();
        }
        Set<String> differences = new LinkedHashSet<>();
        for (Change c : result.drift()) {
            differences.add(c.action() + " " + c.object());
        }
        PrintWriter out = out();
        if (result.skipped() != null) {
            spec.commandLine().getErr().println("retort: " + result.skipped());
        }
        if (json) {
            out.println("{\"schemaVersion\": 1, \"passed\": " + result.passed() + ", \"atHead\": " + result.atHead() + ", \"applied\": "
                    + Json.strings(result.applied()) + ", \"heads\": " + Json.strings(result.heads())
                    + ", \"differences\": " + Json.strings(List.copyOf(differences)) + "}");
        } else if (result.passed()) {
            out.println(root().ansi().string("@|green ok:|@ ") + (replay ? "the migrations replayed to " : "the database at ")
                    + String.join(", ", result.heads().isEmpty() ? List.of("base") : result.heads())
                    + " match" + (replay ? "" : "es") + " the declared schema");
        } else {
            if (!result.atHead()) {
                out.println(root().ansi().string("@|red not at head:|@") + " the database is at " + (result.applied().isEmpty() ? "base"
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
