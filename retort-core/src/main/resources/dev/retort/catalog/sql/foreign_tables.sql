-- Foreign tables with their columns (type, NOT NULL, default, per-column options) and table options. Column
-- options are flattened: column_option_counts says how many of column_option_names belong to each column.
SELECT c.oid, c.reltype AS row_type, n.nspname AS schema, c.relname AS name, s.srvname AS server,
       ARRAY(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS column_names,
       ARRAY(SELECT format_type(a.atttypid, a.atttypmod)
                    || CASE WHEN a.attcollation <> t.typcollation
                            THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END
             FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS column_types,
       ARRAY(SELECT a.attnotnull FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS column_not_null,
       ARRAY(SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a
             LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS column_defaults,
       ARRAY(SELECT coalesce(cardinality(a.attfdwoptions), 0) FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS column_option_counts,
       ARRAY(SELECT o.option_name FROM pg_attribute a CROSS JOIN LATERAL pg_options_to_table(a.attfdwoptions)
             WITH ORDINALITY o WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum, o.ordinality) AS column_option_names,
       ARRAY(SELECT o.option_value FROM pg_attribute a CROSS JOIN LATERAL pg_options_to_table(a.attfdwoptions)
             WITH ORDINALITY o WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum, o.ordinality) AS column_option_values,
       ARRAY(SELECT o.option_name FROM pg_options_to_table(ft.ftoptions) o) AS options_names,
       ARRAY(SELECT o.option_value FROM pg_options_to_table(ft.ftoptions) o) AS options_values,
       pg_get_userbyid(c.relowner) AS owner, c.relacl::text[] AS acl, acldefault('r', c.relowner)::text[] AS default_acl,
       :comment(c, pg_class) AS comment
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_foreign_table ft ON ft.ftrelid = c.oid
JOIN pg_foreign_server s ON s.oid = ft.ftserver
WHERE c.relkind = 'f' AND :schema_filter(n) AND :not_extension_member(c, pg_class)
ORDER BY n.nspname, c.relname
