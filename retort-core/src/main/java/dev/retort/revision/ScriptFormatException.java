package dev.retort.revision;

import java.nio.file.Path;

/** A revision file that does not follow the script format; the message names the file and line. */
public final class ScriptFormatException extends RevisionException {
    private final Path file;
    private final int line;

    public ScriptFormatException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
