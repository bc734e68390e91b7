-- Extensions in pg_catalog (plpgsql) come with every database and are not the user's to manage.
SELECT e.oid, e.extname AS name, n.nspname AS schema, e.extversion AS version,
       :comment(e, pg_extension) AS comment,
       ARRAY(SELECT p.target FROM pg_extension_update_paths(e.extname) p
             WHERE p.source = e.extversion AND p.path IS NOT NULL) AS update_targets
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE :schema_filter(n)
ORDER BY e.extname
