package dev.retort.catalog;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one quoting helper: identifiers as PostgreSQL's {@code quote_ident} quotes them, always-quoted identifiers for
 * the SQL Retort writes itself (version tables, so online and offline runs share the same text), string literals.
 */
public final class Identifiers {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** Keywords that cannot stand unquoted as a name (every category but unreserved), PostgreSQL 13-18. */
    private static final Set<String> KEYWORDS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
            "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check", "coalesce",
            "collate", "collation", "column", "concurrently", "constraint", "create", "cross", "current_catalog",
            "current_date", "current_role", "current_schema", "current_time", "current_timestamp", "current_user",
            "dec", "decimal", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists",
            "extract", "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant", "greatest",
            "group", "grouping", "having", "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect",
            "interval", "into", "is", "isnull", "join", "json", "json_array", "json_arrayagg", "json_exists",
            "json_object", "json_objectagg", "json_query", "json_scalar", "json_serialize", "json_table", "json_value",
            "lateral", "leading", "least", "left", "like", "limit", "localtime", "localtimestamp", "merge_action",
            "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric",
            "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing", "position",
            "precision", "primary", "real", "references", "returning", "right", "row", "select", "session_user",
            "setof", "similar", "smallint", "some", "substring", "symmetric", "system_user", "table", "tablesample",
            "then", "time", "timestamp", "to", "trailing", "treat", "trim", "true", "union", "unique", "user", "using",
            "values", "varchar", "variadic", "verbose", "when", "where", "window", "with", "xmlattributes",
            "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
            "xmlserialize", "xmltable");

    private Identifiers() {
    }

    /** The identifier, double-quoted when it is not a plain lower-case name or is a keyword. */
    public static String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !KEYWORDS.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Always double-quoted, so mixed case, keywords and odd characters survive whatever the name. */
    public static String quoteAlways(String identifier) {
        if (identifier == null || identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a valid SQL identifier: " + identifier);
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name}, each part quoted as needed. */
    public static String qualify(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    /**
     * A string literal, or NULL; standard_conforming_strings is on (the default since PostgreSQL 9.1), so only quotes
     * need doubling.
     */
    public static String literal(String value) {
        if (value == null) {
            return "NULL";
        }
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a SQL string cannot hold NUL");
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
