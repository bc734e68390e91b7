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
        if (!Files.isDirectory(directory)) {
            throw new RevisionException("the migrations directory " + directory + " does not exist "
                    + "(create it with 'retort init', or set [migrations] directory in retort.toml)");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            // Dot files are editor backups and locks (.#x.sql), not revisions.
            files = list.filter(p -> p.getFileName().toString().endsWith(".sql") && !p.getFileName().toString().startsWith(".")
                            && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new RevisionException("cannot list " + directory + ": " + e.getMessage());
        }
        List<RevisionScript> scripts = new ArrayList<>();
        for (Path file : files) {
            try {
                scripts.add(ScriptParser.parse(file, Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new RevisionException("cannot read " + file + ": " + e.getMessage());
            }
        }
        return scripts;
    }

    /** Loads the directory into a checked graph. */
    public static RevisionGraph graph(Path directory) {
        return RevisionGraph.of(load(directory));
    }
}
