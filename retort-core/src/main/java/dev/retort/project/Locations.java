package dev.retort.project;

import dev.retort.Location;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.DeclaredSource;
import dev.retort.declared.SqlFolder;
import dev.retort.revision.RevisionDirectory;
import dev.retort.revision.RevisionException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionScript;
import dev.retort.revision.ScriptParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads revision scripts and declared schemas from their locations, on the filesystem or the class path. */
final class Locations {
    private Locations() {
    }

    /** The revision graph of every script in {@code locations}, ordered by file name across them. */
    static RevisionGraph graph(List<Location> locations, ClassLoader loader) {
        List<RevisionScript> scripts = new ArrayList<>();
        for (Location location : locations) {
            if (!location.classpath()) {
                scripts.addAll(RevisionDirectory.load(location.directory()));
                continue;
            }
            if (!ClassPathFolder.exists(loader, location.path())) {
                throw new RevisionException("the migrations location " + location + " is not on the class path");
            }
            for (ClassPathFolder.Resource r : ClassPathFolder.read(loader, location.path(), false)) {
                scripts.add(ScriptParser.parse(r.displayPath(location.path()), r.content()));
            }
        }
        scripts.sort(Comparator.comparing(s -> s.file().getFileName().toString()));
        return RevisionGraph.of(scripts);
    }

    /**
     * The {@code .sql} files of {@code locations}, each location's in path order; a filesystem location that does
     * not exist contributes nothing (a project need not declare a schema), a class path one is an error.
     */
    static DeclaredSchema declared(List<Location> locations, ClassLoader loader) {
        DeclaredSchema schema = DeclaredSchema.EMPTY;
        for (Location location : locations) {
            if (!location.classpath()) {
                if (Files.isDirectory(location.directory())) {
                    schema = schema.plus(SqlFolder.read(location.directory()));
                }
                continue;
            }
            if (!ClassPathFolder.exists(loader, location.path())) {
                throw new RevisionException("the schema location " + location + " is not on the class path");
            }
            List<DeclaredSource> sources = new ArrayList<>();
            for (ClassPathFolder.Resource r : ClassPathFolder.read(loader, location.path(), true)) {
                sources.add(DeclaredSource.file(r.displayPath(location.path()),
                        new String(r.content(), StandardCharsets.UTF_8)));
            }
            schema = schema.plus(new DeclaredSchema(sources));
        }
        return schema;
    }
}
