package dev.retort.declared;

import dev.retort.catalog.Identifiers;
import dev.retort.sql.SqlLexer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An extension: {@code new PgExtension("public", "pgcrypto")}. The objects it creates belong to it and are never
 * diffed on their own.
 *
 * @param schema  where its objects go, or null for the extension's default
 * @param version the version, or null for the default one
 */
public record PgExtension(String schema, String name, String version) implements DeclaredEntity {
    public PgExtension {
        Objects.requireNonNull(name, "name");
    }

    public PgExtension(String schema, String name) {
        this(schema, name, null);
    }

    /** Reads {@code CREATE EXTENSION [IF NOT EXISTS] name [WITH] [SCHEMA s] [VERSION v]}. */
    public static PgExtension fromSql(String sql) {
        Header h = Header.of("an extension", sql);
        h.expect("CREATE", "EXTENSION");
        h.accept("IF", "NOT", "EXISTS");
        String name = h.identifier();
        h.accept("WITH");
        String schema = null;
        String version = null;
        while (!h.atEnd()) {
            if (h.accept("SCHEMA")) {
                schema = h.identifier();
            } else if (h.accept("VERSION")) {
                SqlLexer.Token t = h.peek();
                if (t != null && t.type() == SqlLexer.Type.STRING && t.text().startsWith("'")) {
                    version = unquote(t.text());
                    h.skip();
                } else {
                    version = h.identifier();
                }
            } else {
                throw h.error("expected SCHEMA or VERSION");
            }
        }
        return new PgExtension(schema, name, version);
    }

    public static PgExtension fromPath(Path file) {
        return DeclaredEntity.readFile(file, PgExtension::fromSql);
    }

    private static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1).replace("''", "'");
    }

    @Override
    public String toSql() {
        return "CREATE EXTENSION " + Identifiers.quote(name) + (schema == null ? "" : " SCHEMA " + Identifiers.quote(schema))
                + (version == null ? "" : " VERSION " + Identifiers.literal(version)) + ";";
    }

    @Override
    public String label() {
        return "extension " + Identifiers.quote(name);
    }
}
