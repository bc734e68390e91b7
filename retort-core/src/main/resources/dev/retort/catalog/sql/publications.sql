-- Publications, with their tables (column lists and row filters from 15: prattrs read through to_jsonb, the row
-- filter from pg_publication_tables) and schemas.
-- pg_publication_namespace exists from 15: its rows are found through pg_depend, which every version has, so the
-- query reads the same everywhere. A publication is in scope when it publishes all tables, nothing yet, or a
-- table or schema in scope. The member rows' OIDs let dependencies resolve to the publication.
SELECT p.oid, p.pubname AS name, p.puballtables AS all_tables,
       ARRAY(SELECT format('%I.%I', tn.nspname, tc.relname) FROM pg_publication_rel pr
             JOIN pg_class tc ON tc.oid = pr.prrelid JOIN pg_namespace tn ON tn.oid = tc.relnamespace
             WHERE pr.prpubid = p.oid ORDER BY tn.nspname, tc.relname) AS tables,
       ARRAY(SELECT CASE jsonb_typeof(to_jsonb(pr) -> 'prattrs') WHEN 'array'
                    THEN jsonb_array_length(to_jsonb(pr) -> 'prattrs') ELSE 0 END FROM pg_publication_rel pr
             JOIN pg_class tc ON tc.oid = pr.prrelid JOIN pg_namespace tn ON tn.oid = tc.relnamespace
             WHERE pr.prpubid = p.oid ORDER BY tn.nspname, tc.relname) AS table_column_counts,
       ARRAY(SELECT quote_ident(a.attname) FROM pg_publication_rel pr
             JOIN pg_class tc ON tc.oid = pr.prrelid JOIN pg_namespace tn ON tn.oid = tc.relnamespace
             JOIN pg_attribute a ON a.attrelid = pr.prrelid
                                AND jsonb_typeof(to_jsonb(pr) -> 'prattrs') = 'array'
                                AND to_jsonb(pr) -> 'prattrs' @> to_jsonb(a.attnum)
             WHERE pr.prpubid = p.oid ORDER BY tn.nspname, tc.relname, a.attnum) AS table_columns,
       ARRAY(SELECT (SELECT to_jsonb(pt) ->> 'rowfilter' FROM pg_publication_tables pt
                     WHERE pt.pubname = p.pubname AND pt.schemaname = tn.nspname AND pt.tablename = tc.relname)
             FROM pg_publication_rel pr
             JOIN pg_class tc ON tc.oid = pr.prrelid JOIN pg_namespace tn ON tn.oid = tc.relnamespace
             WHERE pr.prpubid = p.oid ORDER BY tn.nspname, tc.relname) AS table_filters,
       ARRAY(SELECT pr.oid FROM pg_publication_rel pr WHERE pr.prpubid = p.oid) AS table_member_oids,
       ARRAY(SELECT quote_ident(sn.nspname) FROM pg_depend dp
             JOIN pg_depend dn ON dn.classid = dp.classid AND dn.objid = dp.objid
                              AND dn.refclassid = 'pg_namespace'::regclass
             JOIN pg_namespace sn ON sn.oid = dn.refobjid
             WHERE dp.refclassid = 'pg_publication'::regclass AND dp.refobjid = p.oid
               AND dp.classid <> 'pg_publication_rel'::regclass
             ORDER BY sn.nspname) AS schemas,
       ARRAY(SELECT dp.classid::bigint || '/' || dp.objid FROM pg_depend dp
             WHERE dp.refclassid = 'pg_publication'::regclass AND dp.refobjid = p.oid
               AND dp.classid <> 'pg_publication_rel'::regclass) AS schema_member_addresses,
       p.pubinsert AS publish_insert, p.pubupdate AS publish_update, p.pubdelete AS publish_delete,
       p.pubtruncate AS publish_truncate, p.pubviaroot AS via_partition_root,
       CASE to_jsonb(p) ->> 'pubgencols' WHEN 'n' THEN 'none' WHEN 's' THEN 'stored' END AS generated_columns,
       pg_get_userbyid(p.pubowner) AS owner, :comment(p, pg_publication) AS comment
FROM pg_publication p
WHERE :not_extension_member(p, pg_publication)
  AND (p.puballtables
       OR NOT EXISTS (SELECT 1 FROM pg_depend m WHERE m.refclassid = 'pg_publication'::regclass AND m.refobjid = p.oid)
       OR EXISTS (SELECT 1 FROM pg_publication_rel pr JOIN pg_class c ON c.oid = pr.prrelid
                  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE pr.prpubid = p.oid AND :schema_filter(n))
       OR EXISTS (SELECT 1 FROM pg_depend m JOIN pg_namespace n ON n.oid = m.refobjid
                  JOIN pg_depend dp ON dp.classid = m.classid AND dp.objid = m.objid
                  WHERE m.refclassid = 'pg_namespace'::regclass AND dp.refclassid = 'pg_publication'::regclass
                    AND dp.refobjid = p.oid AND :schema_filter(n)))
ORDER BY p.pubname
