-- User access methods: database-wide, no schema, no owner (creating one takes a superuser).
SELECT a.oid, a.amname AS name, a.amtype::text AS type, a.amhandler::regprocedure::text AS handler,
       :comment(a, pg_am) AS comment
FROM pg_am a
WHERE a.oid >= 16384 AND :not_extension_member(a, pg_am)
ORDER BY a.amname
