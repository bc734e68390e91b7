-- User text search templates.
SELECT t.oid, n.nspname AS schema, t.tmplname AS name,
       CASE WHEN t.tmplinit::oid = 0 THEN NULL ELSE t.tmplinit::text END AS init, t.tmpllexize::text AS lexize,
       :comment(t, pg_ts_template) AS comment
FROM pg_ts_template t
JOIN pg_namespace n ON n.oid = t.tmplnamespace
WHERE t.oid >= 16384 AND :schema_filter(n) AND :not_extension_member(t, pg_ts_template)
ORDER BY n.nspname, t.tmplname
