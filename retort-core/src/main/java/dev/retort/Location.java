package dev.retort;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where migrations or a declared schema are read from, written as Flyway writes its locations:
 * {@code classpath:db/migration} (a folder of the class path: a directory, a jar, or a jar nested in a Spring Boot
 * jar) or {@code filesystem:migrations} (a directory; relative paths are resolved against the configuration's base
 * directory). A location without a prefix is a filesystem one.
 *
 * @param classpath whether it is a class path location
 * @param path      the resource folder ({@code db/migration}, no leading slash) or the absolute directory
 */
public record Location(boolean classpath, String path) {
    /** The prefix of class path locations. */
    public static final String CLASSPATH = "classpath:";
    /** The prefix of filesystem locations. */
    public static final String FILESYSTEM = "filesystem:";
    /**
     * Creates the location, without a class path folder's leading and trailing slashes.
     *
     * @param classpath whether it is a class path location
     * @param path the resource folder ({@code db/migration}, no leading slash) or the absolute directory
     */
    public Location {
        Objects.requireNonNull(path, "path");
        if (classpath) {
            path = strip(path);
        }
        if (path.isBlank()) {
            throw new RetortException("an empty location: write classpath:db/migration or filesystem:migrations");
        }
    }

    /**
     * A class path location.
     *
     * @param resourceFolder the folder, e.g. {@code db/migration}
     * @return the location
     */
    public static Location classpath(String resourceFolder) {
        return new Location(true, resourceFolder);
    }

    /**
     * A filesystem location; a relative {@code directory} is made absolute against the working directory.
     *
     * @param directory the directory
     * @return the location
     */
    public static Location filesystem(Path directory) {
        return new Location(false, directory.toAbsolutePath().normalize().toString());
    }

    /**
     * Parses {@code classpath:...}, {@code filesystem:...} or a bare path.
     *
     * @param text the location as written
     * @param base where a relative filesystem path is resolved
     * @return the location
     */
    public static Location parse(String text, Path base) {
        String t = text.strip();
        if (t.startsWith(CLASSPATH)) {
            return classpath(t.substring(CLASSPATH.length()));
        }
        String dir = t.startsWith(FILESYSTEM) ? t.substring(FILESYSTEM.length()) : t;
        if (dir.isBlank()) {
            throw new RetortException("an empty location '" + text + "': write filesystem:DIRECTORY");
        }
        return filesystem(base.resolve(dir));
    }

    /**
     * The directory of a filesystem location.
     *
     * @return the directory
     */
    public Path directory() {
        if (classpath) {
            throw new IllegalStateException(this + " is not a filesystem location");
        }
        return Path.of(path);
    }

    /** {@code classpath:db/migration} or {@code filesystem:/abs/dir}, as it is parsed. */
    @Override
    public String toString() {
        return (classpath ? CLASSPATH : FILESYSTEM) + path;
    }

    private static String strip(String p) {
        String s = p.strip().replace('\\', '/');
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
