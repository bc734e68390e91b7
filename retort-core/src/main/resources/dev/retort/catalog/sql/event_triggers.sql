-- Event triggers belong to no schema; the schema of their function decides whether they are in scope.
SELECT e.oid, e.evtname AS name, e.evtevent AS event, format('%I.%I', n.nspname, p.proname) AS function_name,
       e.evtenabled::text AS enabled, e.evttags::text[] AS tags, pg_get_userbyid(e.evtowner) AS owner,
       :comment(e, pg_event_trigger) AS comment
FROM pg_event_trigger e
JOIN pg_proc p ON p.oid = e.evtfoid
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE :schema_filter(n) AND :not_extension_member(e, pg_event_trigger)
ORDER BY e.evtname
