-- Macros the other queries use as :name(alias) or :name(alias, alias); expanded by CatalogQueries before sending.
-- schema_filter(n): a user schema the inspection covers (no system or temporary schemas; include/exclude lists).
-- @macro schema_filter
(n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
 AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
 AND (current_setting('retort.include_schemas') = '{}'
      OR n.nspname = ANY (current_setting('retort.include_schemas')::text[]))
 AND NOT n.nspname = ANY (current_setting('retort.exclude_schemas')::text[]))
-- @macro not_extension_member
NOT EXISTS (SELECT 1 FROM pg_depend xd WHERE xd.classid = '$2'::regclass AND xd.objid = $1.oid AND xd.deptype = 'e')
-- @macro not_retort_table
NOT (n.nspname = current_setting('retort.version_schema') AND $1.relname IN ('retort_version', 'retort_history', 'retort_journal'))
-- @macro comment
(SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = $1.oid AND dsc.classoid = '$2'::regclass AND dsc.objsubid = 0)
