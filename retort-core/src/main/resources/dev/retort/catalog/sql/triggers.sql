-- User triggers, incl. constraint triggers; not internal ones (foreign keys) nor clones in partitions.
SELECT tg.oid, n.nspname AS schema, c.relname AS table_name, tg.tgname AS name,
       pg_get_triggerdef(tg.oid) AS definition, tg.tgenabled::text AS enabled, :comment(tg, pg_trigger) AS comment
FROM pg_trigger tg
JOIN pg_class c ON c.oid = tg.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT tg.tgisinternal AND tg.tgparentid = 0
  AND :schema_filter(n) AND :not_extension_member(c, pg_class) AND :not_retort_table(c)
ORDER BY n.nspname, c.relname, tg.tgname
