-- User text search configurations: the parser always qualified, and per mapped token type (in the parser's
-- order) its dictionaries in the order they are tried.
SELECT c.oid, n.nspname AS schema, c.cfgname AS name, format('%I.%I', pn.nspname, p.prsname) AS parser,
       ARRAY(SELECT tt.alias FROM ts_token_type(c.cfgparser) tt
             WHERE EXISTS (SELECT 1 FROM pg_ts_config_map m WHERE m.mapcfg = c.oid AND m.maptokentype = tt.tokid)
             ORDER BY tt.tokid) AS tokens,
       ARRAY(SELECT (SELECT string_agg(m.mapdict::regdictionary::text, ', ' ORDER BY m.mapseqno)
                     FROM pg_ts_config_map m WHERE m.mapcfg = c.oid AND m.maptokentype = tt.tokid)
             FROM ts_token_type(c.cfgparser) tt
             WHERE EXISTS (SELECT 1 FROM pg_ts_config_map m WHERE m.mapcfg = c.oid AND m.maptokentype = tt.tokid)
             ORDER BY tt.tokid) AS token_dictionaries,
       pg_get_userbyid(c.cfgowner) AS owner, :comment(c, pg_ts_config) AS comment
FROM pg_ts_config c
JOIN pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_namespace pn ON pn.oid = p.prsnamespace
WHERE c.oid >= 16384 AND :schema_filter(n) AND :not_extension_member(c, pg_ts_config)
ORDER BY n.nspname, c.cfgname
