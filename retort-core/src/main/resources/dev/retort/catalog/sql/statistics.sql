-- Extended statistics, under their table; stxstattarget is -1 for the default up to 16 and null from 17.
SELECT s.oid, n.nspname AS schema, c.relname AS table_name, s.stxname AS name, sn.nspname AS statistics_schema,
       pg_get_statisticsobjdef(s.oid) AS definition,
       nullif((to_jsonb(s) ->> 'stxstattarget')::int, -1) AS target,
       pg_get_userbyid(s.stxowner) AS owner, :comment(s, pg_statistic_ext) AS comment
FROM pg_statistic_ext s
JOIN pg_namespace sn ON sn.oid = s.stxnamespace
JOIN pg_class c ON c.oid = s.stxrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE :schema_filter(n) AND :not_extension_member(s, pg_statistic_ext) AND :not_retort_table(c)
ORDER BY n.nspname, c.relname, s.stxname
