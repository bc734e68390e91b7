-- Foreign servers: database-wide, no schema.
SELECT s.oid, s.srvname AS name, w.fdwname AS wrapper, s.srvtype AS type, s.srvversion AS version,
       ARRAY(SELECT o.option_name FROM pg_options_to_table(s.srvoptions) o) AS options_names,
       ARRAY(SELECT o.option_value FROM pg_options_to_table(s.srvoptions) o) AS options_values,
       pg_get_userbyid(s.srvowner) AS owner, s.srvacl::text[] AS acl, acldefault('S', s.srvowner)::text[] AS default_acl,
       :comment(s, pg_foreign_server) AS comment
FROM pg_foreign_server s
JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
WHERE :not_extension_member(s, pg_foreign_server)
ORDER BY s.srvname
