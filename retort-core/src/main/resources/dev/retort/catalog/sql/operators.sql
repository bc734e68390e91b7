-- User operators (not shells: oprcode 0). Commutator and negator are written OPERATOR(schema.name), as CREATE
-- OPERATOR takes a qualified one; functions as regproc renders them (qualified outside pg_catalog).
SELECT o.oid, n.nspname AS schema, o.oprname AS name,
       CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE format_type(o.oprleft, NULL) END AS left_type,
       CASE WHEN o.oprright = 0 THEN 'NONE' ELSE format_type(o.oprright, NULL) END AS right_type,
       o.oprcode::text AS function,
       (SELECT format('OPERATOR(%I.%s)', cn.nspname, c.oprname) FROM pg_operator c
        JOIN pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom) AS commutator,
       (SELECT format('OPERATOR(%I.%s)', gn.nspname, g.oprname) FROM pg_operator g
        JOIN pg_namespace gn ON gn.oid = g.oprnamespace WHERE g.oid = o.oprnegate) AS negator,
       CASE WHEN o.oprrest::oid = 0 THEN NULL ELSE o.oprrest::text END AS restrict,
       CASE WHEN o.oprjoin::oid = 0 THEN NULL ELSE o.oprjoin::text END AS "join",
       o.oprcanhash AS hashes, o.oprcanmerge AS merges,
       pg_get_userbyid(o.oprowner) AS owner, :comment(o, pg_operator) AS comment
FROM pg_operator o
JOIN pg_namespace n ON n.oid = o.oprnamespace
WHERE o.oid >= 16384 AND o.oprcode::oid <> 0 AND :schema_filter(n) AND :not_extension_member(o, pg_operator)
ORDER BY n.nspname, o.oprname, 4, 5
