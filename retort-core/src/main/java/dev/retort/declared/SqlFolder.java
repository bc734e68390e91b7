package dev.retort.declared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a folder tree of {@code .sql} files as a declared schema, in path order (the order is only a first try). */
public final class SqlFolder {
    private SqlFolder() {
    }

    /** Every {@code .sql} file under {@code root}, sorted by relative path ({@code /}-separated) for every OS alike. */
    public static DeclaredSchema read(Path root) {
        if (!Files.isDirectory(root)) {
            throw new DeclarationException("the schema folder " + root + " does not exist or is not a directory");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            // Each relative path computed once, not once per comparison (5,000 files: ~60,000 comparisons).
            files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".sql"))
                    .map(p -> Map.entry(relative(root, p), p)).sorted(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue).toList();
        } catch (IOException e) {
            throw new DeclarationException("cannot list " + root + ": " + e.getMessage(), e);
        }
        List<DeclaredSource> sources = new ArrayList<>();
        for (Path file : files) {
            try {
                sources.add(DeclaredSource.file(file, Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new DeclarationException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return new DeclaredSchema(sources);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
