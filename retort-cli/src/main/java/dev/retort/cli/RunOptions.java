package dev.retort.cli;

import dev.retort.runner.TransactionMode;
import picocli.CommandLine.Option;

/** Options of the commands that run migrations. */
final class RunOptions {
    @Option(names = "--sql", description = "print the SQL instead of running it (offline: no database is contacted)")
    boolean sql;

    @Option(names = "--transaction-per-revision", description = "commit after each revision instead of once for the whole run")
    boolean perRevision;

    TransactionMode mode() {
        return perRevision ? TransactionMode.PER_REVISION : TransactionMode.ALL;
    }
}
