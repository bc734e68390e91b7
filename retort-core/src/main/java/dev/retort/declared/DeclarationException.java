package dev.retort.declared;

import dev.retort.RetortException;

/** A declaration Retort cannot read or PostgreSQL cannot build; the message names file, line and object. */
public class DeclarationException extends RetortException {
    public DeclarationException(String message) {
        super(message);
    }

    public DeclarationException(String message, Throwable cause) {
        super(message, cause);
    }
}
