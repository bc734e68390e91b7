SELECT t.oid, t.typarray AS array_type, t.typrelid AS relation, n.nspname AS schema, t.typname AS name,
       ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0
             AND NOT a.attisdropped ORDER BY a.attnum) AS attribute_names,
       ARRAY(SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE a.attrelid = t.typrelid
             AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS attribute_types,
       ARRAY(SELECT CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation
                         THEN format('%I.%I', cn.nspname, co.collname) END
             FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
             LEFT JOIN pg_collation co ON co.oid = a.attcollation
             LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS attribute_collations,
       pg_get_userbyid(t.typowner) AS owner, t.typacl::text[] AS acl,
       acldefault('T', t.typowner)::text[] AS default_acl, :comment(t, pg_type) AS comment
FROM pg_type t
JOIN pg_class c ON c.oid = t.typrelid
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'c' AND c.relkind = 'c' AND :schema_filter(n) AND :not_extension_member(t, pg_type)
ORDER BY n.nspname, t.typname
