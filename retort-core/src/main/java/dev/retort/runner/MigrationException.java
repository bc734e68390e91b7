package dev.retort.runner;

import dev.retort.RetortException;

/** A run that failed or was refused; the message says what, where, and what state the database is in. */
public final class MigrationException extends RetortException {
    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
