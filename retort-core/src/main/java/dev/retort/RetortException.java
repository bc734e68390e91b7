package dev.retort;

/**
 * A problem the user can fix (bad input, a refused operation, an unreachable database). Its message is complete and
 * meant to be shown as is; the command line prints it without a stack trace.
 */
public class RetortException extends RuntimeException {
    public RetortException(String message) {
        super(message);
    }

    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
