package dev.retort.catalog;

/**
 * The identity of a schema object, stable across databases: kind, schema, name, and where needed the table it
 * belongs to or the argument types of a routine. Printable as {@code view public.order_line_items},
 * {@code function public.to_float(integer)} or {@code constraint orders_pkey on public.orders}.
 *
 * @param schema    the schema, or null for objects outside schemas (schemas, event triggers, global defaults)
 * @param table     the owning table for table parts (defaults, constraints, indexes, triggers, policies), else null
 * @param arguments identity argument types for routines, else null
 */
public record ObjectId(ObjectKind kind, String schema, String name, String table, String arguments)
        implements Comparable<ObjectId> {

    public static ObjectId of(ObjectKind kind, String schema, String name) {
        return new ObjectId(kind, schema, name, null, null);
    }

    public static ObjectId tablePart(ObjectKind kind, String schema, String table, String name) {
        return new ObjectId(kind, schema, name, table, null);
    }

    public static ObjectId routine(ObjectKind kind, String schema, String name, String arguments) {
        return new ObjectId(kind, schema, name, null, arguments);
    }

    /** The schema-qualified, quoted name of the object itself (without kind), e.g. {@code public."Order"}. */
    public String qualifiedName() {
        return schema == null ? Identifiers.quote(name) : Identifiers.qualify(schema, name);
    }

    /** For table parts: the qualified, quoted table. */
    public String qualifiedTable() {
        return Identifiers.qualify(schema, table);
    }

    /** The identity of the table a table part belongs to. */
    public ObjectId tableId() {
        return ObjectId.of(ObjectKind.TABLE, schema, table);
    }

    /** By kind, schema, table, name, arguments (nulls first). Written out: snapshots sort many thousands of ids. */
    @Override
    public int compareTo(ObjectId other) {
        int c = kind.compareTo(other.kind);
        if (c == 0) {
            c = compare(schema, other.schema);
        }
        if (c == 0) {
            c = compare(table, other.table);
        }
        if (c == 0) {
            c = name.compareTo(other.name);
        }
        return c != 0 ? c : compare(arguments, other.arguments);
    }

    private static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        if (kind == ObjectKind.COLUMN_DEFAULT) {
            return kind.label() + " " + qualifiedTable() + "." + Identifiers.quote(name);
        }
        if (kind == ObjectKind.OPERATOR) {
            return kind.label() + " " + Identifiers.quote(schema) + "." + name + "(" + arguments + ")";
        }
        if (kind == ObjectKind.OPERATOR_FAMILY || kind == ObjectKind.OPERATOR_CLASS) {
            return kind.label() + " " + qualifiedName() + " using " + arguments;
        }
        if (kind == ObjectKind.CAST) {
            return kind.label() + " (" + name + ")";
        }
        if (table != null) {
            return kind.label() + " " + Identifiers.quote(name) + " on " + qualifiedTable();
        }
        if (arguments != null) {
            return kind.label() + " " + qualifiedName() + "(" + arguments + ")";
        }
        return kind.label() + " " + qualifiedName();
    }
}
