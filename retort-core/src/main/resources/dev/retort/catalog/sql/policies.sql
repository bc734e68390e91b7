-- Row-level-security policies; PUBLIC among the roles is given as an empty string.
SELECT pol.oid, n.nspname AS schema, c.relname AS table_name, pol.polname AS name,
       pol.polpermissive AS permissive, pol.polcmd::text AS command,
       ARRAY(SELECT CASE WHEN r = 0 THEN '' ELSE pg_get_userbyid(r)::text END FROM unnest(pol.polroles) r ORDER BY 1) AS roles,
       pg_get_expr(pol.polqual, pol.polrelid) AS using_expression,
       pg_get_expr(pol.polwithcheck, pol.polrelid) AS check_expression,
       :comment(pol, pg_policy) AS comment
FROM pg_policy pol
JOIN pg_class c ON c.oid = pol.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE :schema_filter(n) AND :not_extension_member(c, pg_class) AND :not_retort_table(c)
ORDER BY n.nspname, c.relname, pol.polname
