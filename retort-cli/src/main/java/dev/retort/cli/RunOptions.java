package dev.retort.cli;

import dev.retort.RetortConfiguration;
import dev.retort.RetortException;
import dev.retort.RetortSettings;
import dev.retort.runner.RunSettings;
import picocli.CommandLine.Option;

/** Options of the commands that run migrations. */
final class RunOptions {
    @Option(names = "--sql", description = "print the SQL instead of running it (offline: no database is contacted)")
    boolean sql;

    @Option(names = "--transaction-per-revision", description = "commit after each revision instead of once for the whole run")
    boolean perRevision;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", description = "longest wait for a table lock, e.g. 10s, "
            + "500ms, 2min; 0 waits without limit (default: [database] lock_timeout, RETORT_LOCK_TIMEOUT, else 10s)")
    String lockTimeout;

    @Option(names = "--statement-timeout", paramLabel = "DURATION", description = "longest a migration statement may "
            + "run; 0 for none (default: [database] statement_timeout, RETORT_STATEMENT_TIMEOUT, else none)")
    String statementTimeout;

    @Option(names = "--lock-retries", paramLabel = "N", description = "roll back and retry a run that hit the lock "
            + "timeout N times, pausing 1 s, 2 s, 4 s... (default: [database] lock_retries, RETORT_LOCK_RETRIES, else 0)")
    String lockRetries;

    @Option(names = "--advisory-lock-timeout", paramLabel = "DURATION", description = "longest wait for another "
            + "retort run on the database; 0 waits without limit (default: [database] advisory_lock_timeout, "
            + "RETORT_ADVISORY_LOCK_TIMEOUT, else 60s)")
    String advisoryLockTimeout;

    /** Applies the options that are set (over retort.toml and RETORT_*). */
    RetortConfiguration apply(RetortConfiguration c) {
        try {
            if (lockTimeout != null) {
                c.lockTimeout(RunSettings.parseDuration(lockTimeout, "--lock-timeout"));
            }
            if (statementTimeout != null) {
                c.statementTimeout(RunSettings.parseDuration(statementTimeout, "--statement-timeout"));
            }
            if (lockRetries != null) {
                c.lockRetries(RunSettings.parseRetries(lockRetries, "--lock-retries"));
            }
            if (advisoryLockTimeout != null) {
                c.advisoryLockTimeout(RunSettings.parseDuration(advisoryLockTimeout, "--advisory-lock-timeout"));
            }
        } catch (IllegalArgumentException e) {
            throw new RetortException(e.getMessage(), e);
        }
        return perRevision ? c.transactionMode(RetortSettings.TransactionMode.PER_REVISION) : c;
    }
}
