-- Columns of the relations in relations.sql, in attribute order, with identity sequence options.
SELECT a.attrelid AS relid, a.attnum, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
            THEN format('%I.%I', cn.nspname, co.collname) END AS collation,
       a.attnotnull AS not_null, a.attidentity::text AS identity, a.attgenerated::text AS generated,
       CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generation_expression,
       CASE WHEN a.attgenerated <> '' THEN ad.oid END AS generation_oid,
       a.attislocal AS is_local,
       CASE WHEN a.attstattarget >= 0 THEN a.attstattarget END AS statistics,
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END AS storage,
       t.typstorage::text AS default_storage,
       ARRAY(SELECT o FROM unnest(a.attoptions) o WHERE o LIKE 'n\_distinct%' ORDER BY o) AS options,
       nullif(to_jsonb(a) ->> 'attcompression', '') AS compression,
       a.attacl::text[] AS acl,
       (SELECT dsc.description FROM pg_description dsc WHERE dsc.objoid = a.attrelid
          AND dsc.classoid = 'pg_class'::regclass AND dsc.objsubid = a.attnum) AS comment,
       sn.nspname AS identity_sequence_schema, sc.relname AS identity_sequence_name,
       format_type(s.seqtypid, NULL) AS identity_type,
       s.seqstart AS identity_start, s.seqincrement AS identity_increment, s.seqmin AS identity_min,
       s.seqmax AS identity_max, s.seqcache AS identity_cache, s.seqcycle AS identity_cycle
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_depend idd ON a.attidentity <> '' AND idd.refclassid = 'pg_class'::regclass
     AND idd.refobjid = a.attrelid AND idd.refobjsubid = a.attnum AND idd.classid = 'pg_class'::regclass
     AND idd.deptype = 'i'
LEFT JOIN pg_sequence s ON s.seqrelid = idd.objid
LEFT JOIN pg_class sc ON sc.oid = s.seqrelid
LEFT JOIN pg_namespace sn ON sn.oid = sc.relnamespace
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm')
  AND :schema_filter(n) AND :not_extension_member(c, pg_class) AND :not_retort_table(c)
ORDER BY a.attrelid, a.attnum
