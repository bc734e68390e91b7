-- Dependencies between user objects (OIDs from FirstNormalObjectId up). A view's _RETURN rule stands for the view
-- (other rules are objects of their own); an object that belongs to an extension stands for its extension.
SELECT CASE WHEN rw.rulename = '_RETURN' THEN 'pg_class'::regclass::oid ELSE d.classid END AS classid,
       CASE WHEN rw.rulename = '_RETURN' THEN rw.ev_class ELSE d.objid END AS objid,
       COALESCE(ext.refclassid, d.refclassid) AS refclassid,
       COALESCE(ext.refobjid, d.refobjid) AS refobjid,
       CASE WHEN ext.refobjid IS NULL THEN d.refobjsubid ELSE 0 END AS refobjsubid
FROM pg_depend d
LEFT JOIN pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
LEFT JOIN pg_depend ext ON ext.classid = d.refclassid AND ext.objid = d.refobjid AND ext.deptype = 'e'
WHERE d.deptype IN ('n', 'a') AND d.objid >= 16384 AND d.refobjid >= 16384
