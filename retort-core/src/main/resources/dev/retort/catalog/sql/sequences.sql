-- Sequences, except identity sequences (their column carries their options).
SELECT c.oid, n.nspname AS schema, c.relname AS name, format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start, s.seqincrement AS increment, s.seqmin AS min, s.seqmax AS max,
       s.seqcache AS cache, s.seqcycle AS cycle, c.relpersistence = 'u' AS unlogged,
       own.schema AS owned_by_schema, own.table_name AS owned_by_table, own.column_name AS owned_by_column,
       pg_get_userbyid(c.relowner) AS owner, c.relacl::text[] AS acl,
       acldefault('s', c.relowner)::text[] AS default_acl, :comment(c, pg_class) AS comment
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL (
    SELECT tn.nspname AS schema, tc.relname AS table_name, a.attname AS column_name
    FROM pg_depend d
    JOIN pg_class tc ON tc.oid = d.refobjid
    JOIN pg_namespace tn ON tn.oid = tc.relnamespace
    JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass
      AND d.deptype = 'a' AND d.refobjsubid > 0
) own ON true
WHERE :schema_filter(n) AND :not_extension_member(c, pg_class) AND :not_retort_table(c)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                  AND d.deptype = 'i' AND d.refobjsubid > 0)
ORDER BY n.nspname, c.relname
