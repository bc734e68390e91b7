-- Tables, partitioned tables, views and materialized views.
SELECT c.oid, c.reltype AS row_type, n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind,
       c.relpersistence::text AS persistence, pg_get_userbyid(c.relowner) AS owner,
       c.relacl::text[] AS acl, acldefault('r', c.relowner)::text[] AS default_acl,
       c.reloptions::text[] AS options, c.relrowsecurity AS rls_enabled, c.relforcerowsecurity AS rls_forced,
       c.relreplident::text AS replica_identity, c.relispopulated AS populated,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       ARRAY(SELECT pn.nspname FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
             JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid ORDER BY i.inhseqno) AS parent_schemas,
       ARRAY(SELECT pc.relname FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
             WHERE i.inhrelid = c.oid ORDER BY i.inhseqno) AS parent_names,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS definition,
       CASE WHEN am.amname <> 'heap' THEN am.amname END AS access_method,
       CASE WHEN c.reloftype <> 0 THEN c.reloftype::regtype::text END AS of_type,
       :comment(c, pg_class) AS comment,
       -- Planner statistics and the main fork's size, for the hazards of rewriting a table (no scan: estimates).
       c.reltuples::float8 AS estimated_rows,
       CASE WHEN c.relkind IN ('r', 'm') THEN pg_relation_size(c.oid) END AS size_bytes
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_am am ON am.oid = c.relam
WHERE c.relkind IN ('r', 'p', 'v', 'm') AND :schema_filter(n) AND :not_extension_member(c, pg_class)
  AND :not_retort_table(c)
ORDER BY n.nspname, c.relname
