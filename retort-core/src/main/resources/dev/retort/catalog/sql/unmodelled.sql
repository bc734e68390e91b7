-- Objects of kinds Retort does not model yet, in scope and not extension members: named (pg_identify_object) so
-- that inspect, diff and check can say they were left out of the comparison. System objects have OIDs below 16384.
-- User mappings are not modelled: their options hold passwords, which a plan must not print (and pg_user_mapping
-- is readable by superusers only: its view is read). Shell operators
-- (named as another's commutator or negator before they are defined) are not modelled either.
SELECT o.type || ' ' || o.identity AS object
FROM (SELECT 'pg_conversion'::regclass AS classid, oid FROM pg_conversion WHERE oid >= 16384
      UNION ALL SELECT 'pg_operator'::regclass, oid FROM pg_operator WHERE oid >= 16384 AND oprcode = 0
      UNION ALL SELECT 'pg_transform'::regclass, oid FROM pg_transform
      UNION ALL SELECT 'pg_language'::regclass, oid FROM pg_language WHERE oid >= 16384
      UNION ALL SELECT 'pg_type'::regclass, t.oid FROM pg_type t
                WHERE t.typtype = 'b' AND t.oid >= 16384
                  AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
      UNION ALL SELECT 'pg_user_mapping'::regclass, umid FROM pg_user_mappings) s
CROSS JOIN LATERAL pg_identify_object(s.classid, s.oid, 0) o
LEFT JOIN pg_namespace n ON n.nspname = o.schema
WHERE (o.schema IS NULL OR :schema_filter(n))
  AND NOT EXISTS (SELECT 1 FROM pg_depend xd WHERE xd.classid = s.classid AND xd.objid = s.oid AND xd.deptype = 'e')
ORDER BY 1
