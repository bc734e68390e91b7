SELECT n.oid, n.nspname AS name, pg_get_userbyid(n.nspowner) AS owner,
       n.nspacl::text[] AS acl, acldefault('n', n.nspowner)::text[] AS default_acl,
       :comment(n, pg_namespace) AS comment
FROM pg_namespace n
WHERE :schema_filter(n) AND :not_extension_member(n, pg_namespace)
ORDER BY n.nspname
