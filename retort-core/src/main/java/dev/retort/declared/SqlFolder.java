package dev.retort.declared;

import dev.retort.sql.SqlFiles;
import dev.retort.sql.SqlSourceException;
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
            files = walk.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql")
                            && !Files.isDirectory(p))
                    .map(p -> Map.entry(relative(root, p), p)).sorted(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue).toList();
        } catch (IOException e) {
            throw new DeclarationException("cannot list " + root + ": " + e.getMessage(), e);
        }
        List<DeclaredSource> sources = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new DeclarationException(file + " is " + (Files.isSymbolicLink(file) && !Files.exists(file)
                        ? "a symbolic link to nothing" : "not a regular file") + "; remove it or fix the link");
            }
            try {
                String text = decode(file, Files.readAllBytes(file));
                int nul = text.indexOf('\0');
                if (nul >= 0) {
                    throw new DeclarationException(file + ": contains a NUL byte (at byte offset "
                            + text.substring(0, nul).getBytes(StandardCharsets.UTF_8).length + "); is this a binary file?");
                }
                sources.add(DeclaredSource.file(file, text));
            } catch (IOException e) {
                throw new DeclarationException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return new DeclaredSchema(sources);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String decode(Path file, byte[] content) {
        try {
            return SqlFiles.decodeUtf8(file, content);
        } catch (SqlSourceException e) {
            throw new DeclarationException(e.getMessage(), e);
        }
    }
}
