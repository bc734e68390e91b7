-- ALTER DEFAULT PRIVILEGES entries. A global entry replaces the built-in defaults (compared against acldefault);
-- a per-schema entry only adds to them.
SELECT da.oid, pg_get_userbyid(da.defaclrole) AS role, n.nspname AS schema, da.defaclobjtype::text AS object_type,
       da.defaclacl::text[] AS acl,
       CASE WHEN da.defaclnamespace = 0
            THEN acldefault(CASE da.defaclobjtype WHEN 'S' THEN 's' ELSE da.defaclobjtype END, da.defaclrole)::text[]
            ELSE '{}'::text[] END AS default_acl
FROM pg_default_acl da
LEFT JOIN pg_namespace n ON n.oid = da.defaclnamespace
WHERE da.defaclobjtype IN ('r', 'S', 'f', 'T', 'n') AND (da.defaclnamespace = 0 OR :schema_filter(n))
ORDER BY pg_get_userbyid(da.defaclrole), n.nspname NULLS FIRST, da.defaclobjtype
