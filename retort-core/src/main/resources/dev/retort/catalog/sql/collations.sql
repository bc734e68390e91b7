-- User collations. The ICU locale moved from collcollate (up to 14) to colliculocale (15, 16) to colllocale (17+),
-- and collicurules exists from 16: to_jsonb reads whichever the server has.
SELECT co.oid, n.nspname AS schema, co.collname AS name, co.collprovider::text AS provider,
       co.collcollate AS lc_collate, co.collctype AS lc_ctype,
       COALESCE(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale') AS locale,
       to_jsonb(co) ->> 'collicurules' AS icu_rules, co.collisdeterministic AS deterministic,
       pg_get_userbyid(co.collowner) AS owner, :comment(co, pg_collation) AS comment
FROM pg_collation co
JOIN pg_namespace n ON n.oid = co.collnamespace
WHERE co.oid >= 16384 AND :schema_filter(n) AND :not_extension_member(co, pg_collation)
ORDER BY n.nspname, co.collname
