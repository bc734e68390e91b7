package dev.retort.project;

import dev.retort.RetortException;
import java.nio.file.Path;

/** A configuration file Retort cannot use; the message names the file and line. */
public final class ConfigException extends RetortException {
    public ConfigException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
