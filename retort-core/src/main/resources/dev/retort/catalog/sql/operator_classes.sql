-- User operator classes with their family (always named, so the plan creates it first), storage type and the
-- operators and functions internal to the class, written as CREATE OPERATOR CLASS takes them.
SELECT c.oid, n.nspname AS schema, c.opcname AS name, am.amname AS method, format_type(c.opcintype, NULL) AS type,
       c.opcdefault AS is_default, format('%I.%I', fn.nspname, f.opfname) AS family,
       CASE WHEN c.opckeytype = 0 THEN NULL ELSE format_type(c.opckeytype, NULL) END AS storage,
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
                                 AND d.refclassid = 'pg_opclass'::regclass AND d.refobjid = c.oid AND d.deptype = 'i'
                 UNION ALL
                 SELECT 1, ap.amprocnum, format_type(ap.amproclefttype, NULL), format_type(ap.amprocrighttype, NULL),
                        'FUNCTION ' || ap.amprocnum || ' (' || format_type(ap.amproclefttype, NULL) || ', '
                        || format_type(ap.amprocrighttype, NULL) || ') ' || ap.amproc::regprocedure::text
                 FROM pg_amproc ap
                 JOIN pg_depend d ON d.classid = 'pg_amproc'::regclass AND d.objid = ap.oid
                                 AND d.refclassid = 'pg_opclass'::regclass AND d.refobjid = c.oid AND d.deptype = 'i') m
             ORDER BY m.k, m.num, m.l, m.r) AS members,
       ARRAY(SELECT d.objid FROM pg_depend d WHERE d.classid = 'pg_amop'::regclass
             AND d.refclassid = 'pg_opclass'::regclass AND d.refobjid = c.oid AND d.deptype = 'i') AS operator_member_oids,
       ARRAY(SELECT d.objid FROM pg_depend d WHERE d.classid = 'pg_amproc'::regclass
             AND d.refclassid = 'pg_opclass'::regclass AND d.refobjid = c.oid AND d.deptype = 'i') AS function_member_oids,
       pg_get_userbyid(c.opcowner) AS owner, :comment(c, pg_opclass) AS comment
FROM pg_opclass c
JOIN pg_namespace n ON n.oid = c.opcnamespace
JOIN pg_am am ON am.oid = c.opcmethod
JOIN pg_opfamily f ON f.oid = c.opcfamily
JOIN pg_namespace fn ON fn.oid = f.opfnamespace
WHERE c.oid >= 16384 AND :schema_filter(n) AND :not_extension_member(c, pg_opclass)
ORDER BY n.nspname, c.opcname, am.amname
