-- Column defaults (not generation expressions): separate objects, so a default calling a function or a sequence
-- never ties its table into a dependency cycle.
SELECT ad.oid, n.nspname AS schema, c.relname AS table_name, c.relkind::text AS relkind, a.attname AS column_name,
       pg_get_expr(ad.adbin, ad.adrelid) AS expression
FROM pg_attrdef ad
JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
JOIN pg_class c ON c.oid = ad.adrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE a.attgenerated = '' AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v')
  AND :schema_filter(n) AND :not_extension_member(c, pg_class) AND :not_retort_table(c)
ORDER BY n.nspname, c.relname, a.attnum
