package dev.retort.sql;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The one reading of a PostgreSQL error: its message, detail, hint and the position in the statement, and where that
 * is in the file the statement came from. pgjdbc's own message ("Position: n") is left out: the line says where.
 *
 * @param position 1-based character offset in the statement, or 0 when the server gave none
 */
public record ServerError(String severity, String message, String detail, String hint, int position) {
    /**
     * The server's error of {@code e}, looking through a batch's chain past the "transaction is aborted" of the
     * entries after the failed one; null when there is none (the connection failed, not a statement).
     */
    public static ServerError of(SQLException e) {
        if (carrier(e) instanceof PSQLException p) {
            ServerErrorMessage m = p.getServerErrorMessage();
            return new ServerError(m.getSeverity(), m.getMessage(), m.getDetail(), m.getHint(), m.getPosition());
        }
        return null;
    }

    /** The exception of {@code e}'s batch chain (or its cause) that carries the server's error, else null. */
    public static SQLException carrier(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (next instanceof PSQLException p && p.getServerErrorMessage() != null) {
                return p;
            }
        }
        return e.getCause() instanceof SQLException cause && cause != e ? carrier(cause) : null;
    }

    /** The line of the error in the file: {@code firstLine} (the statement's) plus the lines before the position. */
    public int line(String sql, int firstLine) {
        if (position <= 0 || position > sql.length()) {
            return firstLine;
        }
        return firstLine + (int) sql.substring(0, position - 1).chars().filter(ch -> ch == '\n').count();
    }

    /** {@code ERROR: message}, then the detail and the hint on lines of their own, indented. */
    public String text() {
        StringBuilder sb = new StringBuilder().append(severity).append(": ").append(message);
        if (detail != null) {
            sb.append("\n  Detail: ").append(detail);
        }
        if (hint != null) {
            sb.append("\n  Hint: ").append(hint);
        }
        return sb.toString();
    }

    /** {@code message (detail) (hint: hint)}, for one line of a list of errors. */
    public String oneLine() {
        return message + (detail == null ? "" : " (" + detail + ")") + (hint == null ? "" : " (hint: " + hint + ")");
    }

    /** {@link #text()} of the server's error, else the exception's own message. */
    public static String describe(SQLException e) {
        ServerError error = of(e);
        return error != null ? error.text() : String.valueOf(e.getMessage()).strip();
    }
}
