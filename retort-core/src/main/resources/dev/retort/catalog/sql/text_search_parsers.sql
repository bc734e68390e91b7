-- User text search parsers; regproc renders their functions qualified outside pg_catalog.
SELECT p.oid, n.nspname AS schema, p.prsname AS name, p.prsstart::text AS start, p.prstoken::text AS gettoken,
       p.prsend::text AS "end", p.prslextype::text AS lextypes,
       CASE WHEN p.prsheadline::oid = 0 THEN NULL ELSE p.prsheadline::text END AS headline,
       :comment(p, pg_ts_parser) AS comment
FROM pg_ts_parser p
JOIN pg_namespace n ON n.oid = p.prsnamespace
WHERE p.oid >= 16384 AND :schema_filter(n) AND :not_extension_member(p, pg_ts_parser)
ORDER BY n.nspname, p.prsname
