package dev.retort;

/**
 * A problem the user can fix (bad input, a refused operation, an unreachable database). Its message is complete and
 * meant to be shown as is; the command line prints it without a stack trace.
 */
public class RetortException extends RuntimeException {
    /**
     * A problem with its complete message.
     *
     * @param message what is wrong, where, and what to do
     */
    public RetortException(String message) {
        super(message);
    }

    /**
     * A problem with its complete message and the exception behind it.
     *
     * @param message what is wrong, where, and what to do
     * @param cause   the exception behind it
     */
    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
