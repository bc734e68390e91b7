package dev.retort.plan;

import dev.retort.testing.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rows of a test database hold, whatever the tables and columns are called: per table, its row count and a
 * digest of its rows' values in column order (an enum value by its position, which a renamed value keeps). Sorted,
 * so that renaming tables or columns leaves the prints equal, and any lost or changed value does not.
 */
final class RowPrints {
    private static final String QUERIES = """
            select format('select %L || count(*) || '':'' || coalesce(md5(string_agg(r, ''|'' order by r)), '''') '
                       || 'from (select concat_ws('','', %s) as r from %s t) x', '',
                       string_agg(case when ty.typtype = 'e'
                                       then format('coalesce(array_position(enum_range(null::%s), t.%I)::text, ''-'')',
                                                   a.atttypid::regtype, a.attname)
                                       else format('coalesce(t.%I::text, ''-'')', a.attname) end, ', '
                                  order by a.attnum),
                       c.oid::regclass)
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace
            join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
            join pg_type ty on ty.oid = a.atttypid
            where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
              and n.nspname not like 'pg_toast%'
            group by c.oid
            """;

    private RowPrints() {
    }

    static List<String> of(TestDatabase db) throws SQLException {
        List<String> prints = new ArrayList<>();
        for (String query : db.queryColumn(QUERIES)) {
            prints.addAll(db.queryColumn(query));
        }
        prints.sort(null);
        return prints;
    }
}
