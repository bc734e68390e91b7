package dev.retort.runner;

import dev.retort.RetortException;

/** A run that failed or was refused; the message says what, where, and what state the database is in. */
public final class MigrationException extends RetortException {
    private final boolean retryable;

    public MigrationException(String message) {
        super(message);
        this.retryable = false;
    }

    public MigrationException(String message, Throwable cause) {
        this(message, cause, false);
    }

    MigrationException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** Whether the run may be tried again as is: a lock timeout in a transaction that was rolled back whole. */
    boolean retryable() {
        return retryable;
    }
}
