package dev.retort.declared;

import dev.retort.sql.SqlSourceException;
import dev.retort.sql.SqlStatement;
import dev.retort.sql.StatementSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the user declared: SQL sources in a stable order, each with its origin. The order is only the first try:
 * materializing retries statements whose dependencies come later, so it does not decide correctness.
 *
 * @param sources      the SQL, in order
 * @param writtenNames for tables whose declaration says which constraint and index names it wrote itself (an
 *                     ORM's mapping does), those names; every other name on such a table was generated, and the
 *                     planner may keep the live database's name for it (see {@link WrittenNames})
 * @param perServer    parts that can only be rendered for a given PostgreSQL major (an ORM's DDL depends on its
 *                     dialect); {@link #forServer} renders them
 */
public record DeclaredSchema(List<DeclaredSource> sources, List<WrittenNames> writtenNames, List<PerServer> perServer) {
    public static final DeclaredSchema EMPTY = new DeclaredSchema(List.of());

    /** A part of the declaration rendered for the server it will be built on. */
    @FunctionalInterface
    public interface PerServer {
        /** @param major the target's PostgreSQL major version, or 0 when unknown (the part chooses a default) */
        DeclaredSchema forServer(int major);
    }

    public DeclaredSchema {
        sources = List.copyOf(sources);
        writtenNames = List.copyOf(writtenNames);
        perServer = List.copyOf(perServer);
    }

    public DeclaredSchema(List<DeclaredSource> sources) {
        this(sources, List.of(), List.of());
    }

    /** A declaration rendered later, for the target's major version. */
    public static DeclaredSchema perServer(PerServer part) {
        return new DeclaredSchema(List.of(), List.of(), List.of(part));
    }

    public DeclaredSchema plus(DeclaredSchema other) {
        List<DeclaredSource> all = new ArrayList<>(sources);
        all.addAll(other.sources);
        List<WrittenNames> names = new ArrayList<>(writtenNames);
        names.addAll(other.writtenNames);
        List<PerServer> parts = new ArrayList<>(perServer);
        parts.addAll(other.perServer);
        return new DeclaredSchema(all, names, parts);
    }

    /** This declaration with its per-server parts rendered for PostgreSQL {@code major} (0: unknown). */
    public DeclaredSchema forServer(int major) {
        DeclaredSchema out = new DeclaredSchema(sources, writtenNames, List.of());
        for (PerServer part : perServer) {
            out = out.plus(part.forServer(major).forServer(major));
        }
        return out;
    }

    /** The same declaration claiming no generated names: every name it builds is compared as it is. */
    public DeclaredSchema ignoringGeneratedNames() {
        return new DeclaredSchema(sources, List.of(),
                perServer.stream().<PerServer>map(p -> major -> p.forServer(major).ignoringGeneratedNames()).toList());
    }

    /**
     * Every statement of every source, in order, split as psql would. Per-server parts must have been rendered
     * ({@link #forServer}) first.
     *
     * @throws DeclarationException for an unterminated string, quote or comment, naming file and line
     */
    public List<DeclaredStatement> statements() {
        if (!perServer.isEmpty()) {
            throw new IllegalStateException("render the per-server parts of the declaration first (forServer)");
        }
        List<DeclaredStatement> out = new ArrayList<>();
        for (DeclaredSource source : sources) {
            List<SqlStatement> split;
            try {
                split = StatementSplitter.split(source.file(), source.sql(), source.firstLine());
            } catch (SqlSourceException e) {
                throw new DeclarationException(source.file() != null ? e.getMessage() : source.location(e.line())
                        + ": " + e.problem(), e);
            }
            for (SqlStatement s : split) {
                out.add(new DeclaredStatement(s.sql(), source, s.line(), StatementLabel.of(s.sql())));
            }
        }
        return out;
    }
}
