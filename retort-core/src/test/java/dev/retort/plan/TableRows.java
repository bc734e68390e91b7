package dev.retort.plan;

import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a row into every table of a test database, so that plans are applied to tables that hold data (a plan that
 * only works on empty tables is a plan that fails in production). Columns without a default get a value of their
 * type's category ('1' casts to numbers, text and booleans alike), or, when that row is refused, only the NOT NULL
 * ones; tables are retried until a pass fills no more, so rows referenced by foreign keys come first. A table no
 * generated row fits (a check the value fails) stays empty; a table the pair gave rows of its own (values a plan
 * can convert) keeps just those.
 */
final class TableRows {
    private static final String REQUIRED_COLUMNS = """
            select c.oid::regclass::text, a.attname, format_type(a.atttypid, a.atttypmod),
                   coalesce(bt.typcategory, t.typcategory), coalesce(bt.oid, t.oid)::regtype::text, a.attnotnull
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace
            left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                 and not a.atthasdef and a.attidentity = '' and a.attgenerated = ''
            left join pg_type t on t.oid = a.atttypid
            left join pg_type bt on t.typtype = 'd' and bt.oid = t.typbasetype
            where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
              and n.nspname not like 'pg_toast%'
              and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                              and d.deptype = 'e')
            order by 1, a.attnum
            """;

    private TableRows() {
    }

    /** Inserts one row into each table it can; returns the tables left empty. */
    static List<String> fill(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            Map<String, List<String[]>> tables = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery(REQUIRED_COLUMNS)) {
                while (rs.next()) {
                    List<String[]> columns = tables.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (rs.getString(2) != null) {
                        columns.add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6)});
                    }
                }
            }
            c.setAutoCommit(false);
            List<String> empty = new ArrayList<>(tables.keySet());
            boolean progress = true;
            while (progress && !empty.isEmpty()) {
                progress = false;
                for (String table : List.copyOf(empty)) {
                    if (hasRows(st, table)) {
                        empty.remove(table);
                        continue;
                    }
                    List<String[]> all = tables.get(table);
                    List<String[]> required = all.stream().filter(col -> col[4].equals("t")).toList();
                    for (List<String[]> columns : List.of(all, required)) {
                        Savepoint sp = c.setSavepoint();
                        try {
                            st.execute(insert(table, columns));
                            c.releaseSavepoint(sp);
                            empty.remove(table);
                            progress = true;
                            break;
                        } catch (SQLException e) {
                            c.rollback(sp);
                        }
                    }
                }
            }
            c.commit();
            return empty;
        }
    }

    private static boolean hasRows(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT FROM " + table + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static String insert(String table, List<String[]> columns) {
        if (columns.isEmpty()) {
            return "INSERT INTO " + table + " DEFAULT VALUES";
        }
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String[] column : columns) {
            names.add('"' + column[0].replace("\"", "\"\"") + '"');
            values.add(value(column[1], column[2], column[3]));
        }
        return "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (" + String.join(", ", values)
                + ")";
    }

    private static String value(String type, String category, String baseType) {
        String literal = switch (category) {
            case "N", "S", "V" -> "'1'";
            case "B" -> "'true'";
            case "D" -> "'2000-01-01'";
            case "T" -> "'1 day'";
            case "I" -> "'127.0.0.1'";
            case "A" -> "'{}'";
            case "E" -> "(enum_range(null::" + baseType + "))[1]::text";
            default -> switch (baseType) {
                case "uuid" -> "'00000000-0000-0000-0000-000000000001'";
                case "json", "jsonb" -> "'{}'";
                default -> "'1'";
            };
        };
        return "CAST(" + literal + " AS " + type + ")";
    }
}
