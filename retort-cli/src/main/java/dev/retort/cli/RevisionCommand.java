package dev.retort.cli;

import dev.retort.NewRevision;
import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "revision",
        description = {"Write a new revision file on top of the head and print its path.",
            "With --autogenerate, its SQL is the plan that takes the database (which must be at head) to the "
                + "declared schema, and the downgrade its exact reverse, both verified on a scratch database first."},
        footer = {"", "Examples:",
            "  retort revision -m \"add customers\"                       # an empty revision to fill in",
            "  retort revision --autogenerate -m \"order line items view\" # from the declared schema",
            "  retort revision --autogenerate -m \"...\" --dev-url embedded # build the declaration in an embedded server",
            "  retort revision --autogenerate -m \"drop legacy\" --allow-hazard data-loss # a plan that drops data"})
final class RevisionCommand extends ProjectCommand {
    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "what the revision does")
    String message;

    @Option(names = "--autogenerate", description = "write the SQL that takes the database to the declared schema")
    boolean autogenerate;

    @Option(names = "--no-verify", description = "with --autogenerate: skip proving the upgrade and downgrade on a scratch database")
    boolean noVerify;

    @Option(names = "--allow-empty", description = "with --autogenerate: write a revision even when nothing differs")
    boolean allowEmpty;

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "with --autogenerate: where to build the declared schema and verify, a server URL or "
                    + "embedded[:MAJOR] (default: [dev] url in retort.toml, else the database's own server)")
    String devUrl;

    @Option(names = "--no-cache", description = "with --autogenerate: build the declared schema even when the "
            + "snapshot cache has it (default: [dev] cache in retort.toml, else on)")
    boolean noCache;

    @Option(names = "--head", paramLabel = "REV", description = "the revision to build on (default: the single head; 'base' for a new root)")
    String head;

    @Option(names = "--branch-label", paramLabel = "L", description = "label the branch this revision starts")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", paramLabel = "REV", description = "a revision (on another branch) to apply first")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "the revision id (default: 12 random hex characters)")
    String revisionId;

    @Option(names = "--owners", negatable = true, description = "with --autogenerate: compare and set owners other "
            + "than the connecting role (default: [schema] owners in retort.toml, else on)")
    Boolean owners;

    @picocli.CommandLine.Mixin
    PlanOptions plan;

    @Option(names = "--splice", description = "allow --head to name a revision that is not a head (starts a branch)")
    boolean splice;

    @Override
    boolean detailsByDefault() {
        return autogenerate;
    }

    @Override
    public Integer call() {
        Retort retort = owners == null && !plan.isSet() && !noCache ? retort()
                : CloseOnExit.register(configured().load());
        if (!autogenerate) {
            out().println(display(retort.newRevision(new NewRevision(message, head, branchLabels, dependsOn,
                    revisionId, splice))));
            return 0;
        }
        String dev = devUrl != null ? devUrl : retort.settings().devUrl();
        List<Path> written;
        try (DevServer server = DevServer.start(dev, retort::serverMajorVersion)) {
            RetortConfiguration withDev = configured().devUrl(server.url() == null ? "" : server.url());
            Retort generating = server.url() == null ? retort : CloseOnExit.register(withDev.load());
            written = generating.autogenerate(message, new Retort.AutogenerateOptions(revisionId, !noVerify,
                    allowEmpty)).written();
        }
        if (written.isEmpty()) {
            spec.commandLine().getErr().println("retort: no differences between the database and the declared "
                    + "schema; nothing written (--allow-empty writes an empty revision)");
        }
        written.forEach(f -> out().println(display(f)));
        return 0;
    }

    /** The project's configuration with this command's options: owners, plan options, the cache. */
    private RetortConfiguration configured() {
        RetortConfiguration c = plan.apply(configuration());
        if (owners != null) {
            c.owners(owners);
        }
        if (noCache) {
            c.cache(false);
        }
        return c;
    }
}
