SELECT t.oid, t.typarray AS array_type, n.nspname AS schema, t.typname AS name,
       ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels,
       pg_get_userbyid(t.typowner) AS owner, t.typacl::text[] AS acl,
       acldefault('T', t.typowner)::text[] AS default_acl, :comment(t, pg_type) AS comment
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'e' AND :schema_filter(n) AND :not_extension_member(t, pg_type)
ORDER BY n.nspname, t.typname
