-- Indexes on tables, partitioned tables and materialized views, except those behind a constraint (the constraint
-- creates them) and partitions of a partitioned index (the parent index creates them).
SELECT ic.oid, n.nspname AS schema, ic.relname AS name, tc.relname AS table_name, tc.relkind::text AS table_kind,
       pg_get_indexdef(x.indexrelid) AS definition, x.indisreplident AS replica_identity,
       x.indisclustered AS clustered, :comment(ic, pg_class) AS comment
FROM pg_index x
JOIN pg_class ic ON ic.oid = x.indexrelid
JOIN pg_class tc ON tc.oid = x.indrelid
JOIN pg_namespace n ON n.oid = ic.relnamespace
WHERE tc.relkind IN ('r', 'p', 'm') AND NOT ic.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_constraint co WHERE co.conindid = x.indexrelid AND co.conrelid = x.indrelid
                  AND co.contype IN ('p', 'u', 'x'))
  AND :schema_filter(n) AND :not_extension_member(tc, pg_class) AND :not_retort_table(tc)
ORDER BY n.nspname, ic.relname
