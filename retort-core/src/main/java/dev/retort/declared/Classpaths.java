package dev.retort.declared;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Classpath entries as class loader URLs: jars, class folders, and {@code dir/*} for every jar in a folder. */
final class Classpaths {
    private Classpaths() {
    }

    static URL[] urls(List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            if (entry.getFileName() != null && entry.getFileName().toString().equals("*")) {
                Path dir = entry.getParent();
                if (dir == null || !Files.isDirectory(dir)) {
                    throw new DeclarationException("classpath entry " + entry + ": no such folder");
                }
                try (Stream<Path> jars = Files.list(dir)) {
                    for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                        urls.add(url(jar));
                    }
                } catch (IOException e) {
                    throw new DeclarationException("classpath entry " + entry + ": " + e.getMessage(), e);
                }
                continue;
            }
            if (!Files.exists(entry)) {
                throw new DeclarationException("classpath entry " + entry + " does not exist");
            }
            urls.add(url(entry));
        }
        return urls.toArray(URL[]::new);
    }

    private static URL url(Path entry) {
        try {
            return entry.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new DeclarationException("classpath entry " + entry + ": " + e.getMessage(), e);
        }
    }
}
