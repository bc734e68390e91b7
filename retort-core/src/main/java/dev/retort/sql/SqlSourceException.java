package dev.retort.sql;

import java.nio.file.Path;

/** SQL text that cannot be read as statements (an unterminated quote or comment, bytes that are not UTF-8). */
public final class SqlSourceException extends RuntimeException {
    private final Path file;
    private final int line;
    private final String problem;

    public SqlSourceException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The file, or null for text that has none. */
    public Path file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem concerns the whole text. */
    public int line() {
        return line;
    }

    /** What is wrong, without file and line. */
    public String problem() {
        return problem;
    }
}
