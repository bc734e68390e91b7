package dev.retort.cli;

import java.util.List;
import java.util.Map;

/** The examples of the commands whose annotations carry none, added to their help's footer. */
final class Examples {
    private Examples() {
    }

    static final Map<String, List<String>> BY_COMMAND = Map.ofEntries(
            Map.entry("init", List.of("retort init myapp", "retort init            # here")),
            Map.entry("upgrade", List.of("retort upgrade                         # to head",
                    "retort --url postgresql://app@db/app upgrade +1",
                    "retort upgrade head --sql > upgrade.sql   # offline: print the SQL",
                    "retort upgrade --lock-timeout 5s --lock-retries 3")),
            Map.entry("downgrade", List.of("retort downgrade -1", "retort downgrade base",
                    "retort downgrade head:-1 --sql        # offline")),
            Map.entry("stamp", List.of("retort stamp head      # the database already holds every revision",
                    "retort stamp base      # adopt an existing database: the migrations run on top of it")),
            Map.entry("merge", List.of("retort merge -m \"join\" heads")),
            Map.entry("current", List.of("retort current", "retort -v current --json")),
            Map.entry("history", List.of("retort history", "retort history -r base:head -v",
                    "retort history --json")),
            Map.entry("heads", List.of("retort heads", "retort heads --json")),
            Map.entry("branches", List.of("retort branches")),
            Map.entry("show", List.of("retort show head", "retort show 1a2b3c")),
            Map.entry("repair", List.of("retort repair 1a2b3c         # accept its edited file",
                    "retort repair --all", "retort repair 1a2b3c --resume   # finish an interrupted no-transaction revision")),
            Map.entry("import", List.of("retort import flyway --locations src/main/resources/db/migration",
                    "retort import flyway --chain --locations sql")));
}
