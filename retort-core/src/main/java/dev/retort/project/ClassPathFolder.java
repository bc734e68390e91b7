package dev.retort.project;

import dev.retort.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The {@code .sql} files of a class path folder, wherever the class loader keeps it: a directory, a jar, or a jar
 * inside a Spring Boot jar (whose class loader serves {@code jar:nested:} URLs through {@link JarURLConnection}, as
 * the JDK's own {@code jar:file:} ones). Class loaders cannot list folders, so each copy of the folder the class
 * loader finds is listed through its URL.
 */
final class ClassPathFolder {
    /** One file: its path below the folder ({@code /}-separated) and its bytes. */
    record Resource(String relativePath, byte[] content) {
        /** How messages name it: {@code classpath:db/migration/x.sql}. */
        Path displayPath(String folder) {
            return Path.of("classpath:" + folder + "/" + relativePath);
        }
    }

    private ClassPathFolder() {
    }

    /**
     * The {@code .sql} files in {@code folder} ({@code recursive}: and below it), sorted by relative path; the same
     * path in two copies of the folder is an error (which would win is up to the class path's order).
     */
    static List<Resource> read(ClassLoader loader, String folder, boolean recursive) {
        Map<String, Resource> found = new TreeMap<>();
        Map<String, URL> origin = new TreeMap<>();
        try {
            Enumeration<URL> copies = loader.getResources(folder);
            while (copies.hasMoreElements()) {
                URL url = copies.nextElement();
                for (Resource r : list(url, folder, recursive)) {
                    URL first = origin.putIfAbsent(r.relativePath(), url);
                    if (first != null && !first.equals(url)) {
                        throw new RetortException("classpath:" + folder + "/" + r.relativePath() + " is on the class "
                                + "path twice (" + first + " and " + url + "): keep one");
                    }
                    found.put(r.relativePath(), r);
                }
            }
        } catch (IOException e) {
            throw new RetortException("cannot read classpath:" + folder + ": " + e.getMessage(), e);
        }
        return List.copyOf(found.values());
    }

    /** Whether the class loader has the folder at all. */
    static boolean exists(ClassLoader loader, String folder) {
        try {
            return loader.getResources(folder).hasMoreElements();
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Resource> list(URL url, String folder, boolean recursive) throws IOException {
        if (url.getProtocol().equals("file")) {
            Path dir;
            try {
                dir = Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException("bad URL " + url, e);
            }
            return listDirectory(dir, recursive);
        }
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
                String prefix = jar.getEntryName() == null ? "" : jar.getEntryName().replaceAll("/*$", "/");
                return listJar(file, prefix, recursive);
            }
        }
        throw new IOException("cannot list " + url + " (a class path folder in neither a directory nor a jar)");
    }

    private static List<Resource> listDirectory(Path dir, boolean recursive) throws IOException {
        List<Resource> out = new ArrayList<>();
        try (Stream<Path> files = recursive ? Files.walk(dir) : Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).filter(ClassPathFolder::isSql).toList()) {
                out.add(new Resource(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static List<Resource> listJar(JarFile file, String prefix, boolean recursive) throws IOException {
        List<Resource> out = new ArrayList<>();
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (entry.isDirectory() || !name.startsWith(prefix) || !name.endsWith(".sql")) {
                continue;
            }
            String relative = name.substring(prefix.length());
            if ((!recursive && relative.contains("/")) || fileName(relative).startsWith(".")) {
                continue;
            }
            try (InputStream in = file.getInputStream(entry)) {
                out.add(new Resource(relative, in.readAllBytes()));
            }
        }
        return out;
    }

    private static boolean isSql(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".sql") && !name.startsWith(".");
    }

    private static String fileName(String relative) {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }
}
