-- rngmultitypid exists from PostgreSQL 14; to_jsonb reads it where present and gives null before.
SELECT t.oid, t.typarray AS array_type, (to_jsonb(r) ->> 'rngmultitypid')::oid AS multirange_type,
       n.nspname AS schema, t.typname AS name, format_type(r.rngsubtype, NULL) AS subtype,
       CASE WHEN NOT oc.opcdefault THEN format('%I.%I', ocn.nspname, oc.opcname) END AS subtype_opclass,
       CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation
            THEN format('%I.%I', cn.nspname, co.collname) END AS collation,
       NULLIF(r.rngcanonical, 0)::regproc::text AS canonical, NULLIF(r.rngsubdiff, 0)::regproc::text AS subtype_diff,
       (SELECT format('%I.%I', mn.nspname, mt.typname) FROM pg_type mt JOIN pg_namespace mn ON mn.oid = mt.typnamespace
         WHERE mt.oid = (to_jsonb(r) ->> 'rngmultitypid')::oid) AS multirange_name,
       pg_get_userbyid(t.typowner) AS owner, t.typacl::text[] AS acl,
       acldefault('T', t.typowner)::text[] AS default_acl, :comment(t, pg_type) AS comment
FROM pg_range r
JOIN pg_type t ON t.oid = r.rngtypid
JOIN pg_type st ON st.oid = r.rngsubtype
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_opclass oc ON oc.oid = r.rngsubopc
JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
LEFT JOIN pg_collation co ON co.oid = r.rngcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE :schema_filter(n) AND :not_extension_member(t, pg_type)
ORDER BY n.nspname, t.typname
