package dev.retort.cli;

import dev.retort.RetortConfiguration;
import dev.retort.RetortSettings;
import picocli.CommandLine.Option;

/** Options of the commands that run migrations. */
final class RunOptions {
    @Option(names = "--sql", description = "print the SQL instead of running it (offline: no database is contacted)")
    boolean sql;

    @Option(names = "--transaction-per-revision", description = "commit after each revision instead of once for the whole run")
    boolean perRevision;

    /** Applies the options that are set. */
    RetortConfiguration apply(RetortConfiguration c) {
        return perRevision ? c.transactionMode(RetortSettings.TransactionMode.PER_REVISION) : c;
    }
}
