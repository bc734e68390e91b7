SELECT t.oid, t.typarray AS array_type, n.nspname AS schema, t.typname AS name,
       format_type(t.typbasetype, t.typtypmod) AS base_type,
       CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation
            THEN format('%I.%I', cn.nspname, co.collname) END AS collation,
       t.typnotnull AS not_null, pg_get_expr(t.typdefaultbin, 0) AS default_expression,
       ARRAY(SELECT c.conname::text FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'
             ORDER BY c.conname) AS check_names,
       ARRAY(SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'
             ORDER BY c.conname) AS check_definitions,
       ARRAY(SELECT :comment(c, pg_constraint) FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'
             ORDER BY c.conname) AS check_comments,
       ARRAY(SELECT c.oid FROM pg_constraint c WHERE c.contypid = t.oid ORDER BY c.conname) AS constraint_oids,
       pg_get_userbyid(t.typowner) AS owner, t.typacl::text[] AS acl,
       acldefault('T', t.typowner)::text[] AS default_acl, :comment(t, pg_type) AS comment
FROM pg_type t
JOIN pg_type bt ON bt.oid = t.typbasetype
JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE t.typtype = 'd' AND :schema_filter(n) AND :not_extension_member(t, pg_type)
ORDER BY n.nspname, t.typname
