-- User operator families with their loose members: the operators and functions added by ALTER OPERATOR FAMILY
-- (auto-dependent on the family), not those an operator class holds (internal to the class). Members are written
-- as ALTER OPERATOR FAMILY ... ADD takes them, ordered by number and type names (not OIDs: the same everywhere).
SELECT f.oid, n.nspname AS schema, f.opfname AS name, am.amname AS method,
       ARRAY(SELECT m.member FROM (
                 SELECT 0 AS k, ao.amopstrategy AS num, format_type(ao.amoplefttype, NULL) AS l,
                        format_type(ao.amoprighttype, NULL) AS r,
                        'OPERATOR ' || ao.amopstrategy || ' ' || ao.amopopr::regoperator::text
                        || CASE WHEN ao.amoppurpose = 'o' THEN ' FOR ORDER BY '
                                || (SELECT format('%I.%I', sn.nspname, sf.opfname) FROM pg_opfamily sf
                                    JOIN pg_namespace sn ON sn.oid = sf.opfnamespace WHERE sf.oid = ao.amopsortfamily)
                           ELSE '' END AS member
                 FROM pg_amop ao
                 JOIN pg_depend d ON d.classid = 'pg_amop'::regclass AND d.objid = ao.oid
                                 AND d.refclassid = 'pg_opfamily'::regclass AND d.deptype = 'a'
                 WHERE ao.amopfamily = f.oid
                 UNION ALL
                 SELECT 1, ap.amprocnum, format_type(ap.amproclefttype, NULL), format_type(ap.amprocrighttype, NULL),
                        'FUNCTION ' || ap.amprocnum || ' (' || format_type(ap.amproclefttype, NULL) || ', '
                        || format_type(ap.amprocrighttype, NULL) || ') ' || ap.amproc::regprocedure::text
                 FROM pg_amproc ap
                 JOIN pg_depend d ON d.classid = 'pg_amproc'::regclass AND d.objid = ap.oid
                                 AND d.refclassid = 'pg_opfamily'::regclass AND d.deptype = 'a'
                 WHERE ap.amprocfamily = f.oid) m
             ORDER BY m.k, m.num, m.l, m.r) AS members,
       ARRAY(SELECT ao.oid FROM pg_amop ao WHERE ao.amopfamily = f.oid) AS operator_member_oids,
       ARRAY(SELECT ap.oid FROM pg_amproc ap WHERE ap.amprocfamily = f.oid) AS function_member_oids,
       pg_get_userbyid(f.opfowner) AS owner, :comment(f, pg_opfamily) AS comment
FROM pg_opfamily f
JOIN pg_namespace n ON n.oid = f.opfnamespace
JOIN pg_am am ON am.oid = f.opfmethod
WHERE f.oid >= 16384 AND :schema_filter(n) AND :not_extension_member(f, pg_opfamily)
ORDER BY n.nspname, f.opfname, am.amname
