-- User text search dictionaries, their template always qualified, their options as PostgreSQL stores them.
SELECT d.oid, n.nspname AS schema, d.dictname AS name, format('%I.%I', tn.nspname, t.tmplname) AS template,
       d.dictinitoption AS options, pg_get_userbyid(d.dictowner) AS owner, :comment(d, pg_ts_dict) AS comment
FROM pg_ts_dict d
JOIN pg_namespace n ON n.oid = d.dictnamespace
JOIN pg_ts_template t ON t.oid = d.dicttemplate
JOIN pg_namespace tn ON tn.oid = t.tmplnamespace
WHERE d.oid >= 16384 AND :schema_filter(n) AND :not_extension_member(d, pg_ts_dict)
ORDER BY n.nspname, d.dictname
