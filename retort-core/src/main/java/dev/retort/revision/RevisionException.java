package dev.retort.revision;

import dev.retort.RetortException;

/** A revision graph or target that cannot be used: missing parent, cycle, ambiguous prefix, several heads... */
public class RevisionException extends RetortException {
    public RevisionException(String message) {
        super(message);
    }
}
