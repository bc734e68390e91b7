-- Rewrite rules on tables and views; a view's own _RETURN rule is its definition, read with the view.
SELECT r.oid, n.nspname AS schema, c.relname AS table_name, r.rulename AS name,
       pg_get_ruledef(r.oid) AS definition, r.ev_enabled::text AS enabled, :comment(r, pg_rewrite) AS comment
FROM pg_rewrite r
JOIN pg_class c ON c.oid = r.ev_class
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN'
  AND :schema_filter(n) AND :not_extension_member(c, pg_class) AND :not_retort_table(c)
ORDER BY n.nspname, c.relname, r.rulename
