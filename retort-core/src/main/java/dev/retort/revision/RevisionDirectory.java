package dev.retort.revision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The migrations directory: every {@code *.sql} file directly in it (dot files aside) is a revision script. */
public final class RevisionDirectory {
    private RevisionDirectory() {
    }

    /** Reads and parses every script, in file-name order; the first malformed file stops the load. */
    public static List<RevisionScript> load(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new RevisionException("the migrations directory " + directory + " is a file, not a directory "
                    + "(set [migrations] directory in retort.toml to the folder holding the revision files)");
        }
        if (!Files.isDirectory(directory)) {
            throw new RevisionException("the migrations directory " + directory + " does not exist "
                    + "(create it with 'retort init', or set [migrations] directory in retort.toml)");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            // Dot files are editor backups and locks (.#x.sql), not revisions.
            // Any case of .sql counts (x.SQL from a case-insensitive file system is a revision, not silence).
            files = list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql")
                            && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new RevisionException("cannot list " + directory + ": " + e.getMessage());
        }
        List<RevisionScript> scripts = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new RevisionException(file + " is " + (Files.isSymbolicLink(file) && !Files.exists(file)
                        ? "a symbolic link to nothing (" + readLink(file) + ")" : "not a regular file")
                        + "; a revision must be a file (remove it, or fix the link)");
            }
            try {
                scripts.add(ScriptParser.parse(file, Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new RevisionException("cannot read " + file + ": " + e.getMessage());
            }
        }
        return scripts;
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** Loads the directory into a checked graph. */
    public static RevisionGraph graph(Path directory) {
        return RevisionGraph.of(load(directory));
    }
}
