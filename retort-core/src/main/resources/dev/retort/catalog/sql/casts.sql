-- User casts. A cast has no schema: it is in scope when its source or target type, or its function, is. The casts
-- a type creates itself (a range to its multirange, PostgreSQL 14+) are internal to it, not objects of their own.
SELECT ca.oid, format_type(ca.castsource, NULL) AS source, format_type(ca.casttarget, NULL) AS target,
       ca.castmethod::text AS method, nullif(ca.castfunc, 0)::regprocedure::text AS function,
       ca.castcontext::text AS context, :comment(ca, pg_cast) AS comment
FROM pg_cast ca
JOIN pg_type st ON st.oid = ca.castsource
JOIN pg_type tt ON tt.oid = ca.casttarget
LEFT JOIN pg_proc f ON f.oid = ca.castfunc
WHERE ca.oid >= 16384 AND :not_extension_member(ca, pg_cast)
  AND NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = 'pg_cast'::regclass AND i.objid = ca.oid AND i.deptype = 'i')
  AND EXISTS (SELECT 1 FROM pg_namespace n WHERE n.oid IN (st.typnamespace, tt.typnamespace, f.pronamespace)
              AND :schema_filter(n))
ORDER BY 2, 3
