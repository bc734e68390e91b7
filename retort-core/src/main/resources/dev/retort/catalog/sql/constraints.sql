-- Table constraints defined on the table itself: not those cloned into partitions or inherited, not NOT NULL
-- (PostgreSQL 18 catalogs those; the column carries them) nor constraint-trigger entries.
SELECT co.oid, co.conindid AS index_oid, n.nspname AS schema, c.relname AS table_name, co.conname AS name,
       co.contype::text AS type, pg_get_constraintdef(co.oid) AS definition,
       :comment(co, pg_constraint) AS comment,
       ic.reloptions::text[] AS index_options, ts.spcname AS index_tablespace, :comment(ic, pg_class) AS index_comment
FROM pg_constraint co
JOIN pg_class c ON c.oid = co.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class ic ON co.contype IN ('p', 'u', 'x') AND ic.oid = co.conindid
LEFT JOIN pg_tablespace ts ON ts.oid = ic.reltablespace
WHERE co.contype IN ('p', 'u', 'f', 'c', 'x') AND co.conparentid = 0 AND co.conislocal
  AND c.relkind IN ('r', 'p') AND :schema_filter(n) AND :not_extension_member(c, pg_class) AND :not_retort_table(c)
ORDER BY n.nspname, c.relname, co.conname
