package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ObjectKind;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "inspect",
        description = "Read a database's schema and print it: a summary, or every object's details with --json.",
        footer = {"", "Examples:",
            "  retort inspect --url postgresql://postgres@localhost:5432/shop",
            "  retort inspect --url postgresql://postgres@localhost/shop --schema public --json > schema.json"})
final class InspectCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "print the snapshot as JSON: objects with all their fields, and dependencies")
    boolean json;

    @Mixin
    ScopeOptions scope;

    @Override
    public Integer call() {
        RetortCli root = (RetortCli) spec.root().userObject();
        if (root.url == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--url=URL'");
        }
        RetortConfiguration c = Retort.configure().environment(root.environment).url(root.url);
        if (!scope.schemas.isEmpty()) {
            c.schemas(scope.schemas.toArray(String[]::new));
        }
        if (!scope.excludedSchemas.isEmpty()) {
            c.excludeSchemas(scope.excludedSchemas.toArray(String[]::new));
        }
        if (scope.owners != null) {
            c.owners(scope.owners);
        }
        PrintWriter err = spec.commandLine().getErr();
        CatalogSnapshot snapshot = c.listener(new CliListener(err, err, root.quiet, root.verbose, false)).load()
                .inspect().snapshot();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(SnapshotJson.write(snapshot));
        } else {
            summary(out, snapshot);
        }
        out.flush();
        return 0;
    }

    private static void summary(PrintWriter out, CatalogSnapshot snapshot) {
        Map<ObjectKind, Integer> counts = new TreeMap<>();
        for (CatalogObject o : snapshot.all()) {
            counts.merge(o.id().kind(), 1, Integer::sum);
        }
        out.println("PostgreSQL " + snapshot.serverVersionNum() / 10000 + ": " + snapshot.objects().size()
                + " objects, " + snapshot.dependencies().edgeCount() + " dependencies");
        counts.forEach((kind, n) -> out.printf("  %-26s %d%n", kind.label(), n));
        if (!snapshot.unmodelled().isEmpty()) {
            out.println("  skipped (kinds Retort does not model): " + snapshot.unmodelled().size());
            snapshot.unmodelled().forEach(s -> out.println("    " + s));
        }
        out.println();
        for (CatalogObject o : snapshot.all()) {
            out.println(o.id() + (o.comment() == null ? "" : "  -- " + o.comment().lines().findFirst().orElse("")));
        }
    }
}
