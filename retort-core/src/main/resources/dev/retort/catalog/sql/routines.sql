-- Functions, procedures and aggregates. Identity is schema, name and argument types (not names: renaming a
-- parameter changes the function, not which function it is). Aggregates keep ORDER BY in theirs.
SELECT p.oid, n.nspname AS schema, p.proname AS name, p.prokind::text AS kind,
       CASE WHEN p.prokind = 'a' THEN pg_get_function_identity_arguments(p.oid)
            ELSE oidvectortypes(p.proargtypes) END AS argument_types,
       CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END AS definition,
       pg_get_function_arguments(p.oid) AS arguments, pg_get_function_result(p.oid) AS result,
       pg_get_userbyid(p.proowner) AS owner, p.proacl::text[] AS acl,
       acldefault('f', p.proowner)::text[] AS default_acl, :comment(p, pg_proc) AS comment,
       ag.aggkind::text AS agg_kind, ag.aggnumdirectargs AS agg_direct_args,
       NULLIF(ag.aggtransfn, 0)::regproc::text AS agg_sfunc, format_type(ag.aggtranstype, NULL) AS agg_stype,
       ag.aggtransspace AS agg_sspace, NULLIF(ag.aggfinalfn, 0)::regproc::text AS agg_finalfunc,
       ag.aggfinalextra AS agg_finalfunc_extra, ag.aggfinalmodify::text AS agg_finalfunc_modify,
       NULLIF(ag.aggcombinefn, 0)::regproc::text AS agg_combinefunc,
       NULLIF(ag.aggserialfn, 0)::regproc::text AS agg_serialfunc,
       NULLIF(ag.aggdeserialfn, 0)::regproc::text AS agg_deserialfunc, ag.agginitval AS agg_initcond,
       NULLIF(ag.aggmtransfn, 0)::regproc::text AS agg_msfunc, NULLIF(ag.aggminvtransfn, 0)::regproc::text AS agg_minvfunc,
       CASE WHEN ag.aggmtranstype <> 0 THEN format_type(ag.aggmtranstype, NULL) END AS agg_mstype,
       ag.aggmtransspace AS agg_msspace, NULLIF(ag.aggmfinalfn, 0)::regproc::text AS agg_mfinalfunc,
       ag.aggmfinalextra AS agg_mfinalfunc_extra, ag.aggmfinalmodify::text AS agg_mfinalfunc_modify,
       ag.aggminitval AS agg_minitcond, NULLIF(ag.aggsortop, 0)::regoperator::text AS agg_sortop,
       p.proparallel::text AS parallel
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
LEFT JOIN pg_aggregate ag ON ag.aggfnoid = p.oid
WHERE :schema_filter(n) AND :not_extension_member(p, pg_proc)
  -- Range and multirange constructors belong to their type, which creates them.
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                  AND d.deptype = 'i')
ORDER BY n.nspname, p.proname, oidvectortypes(p.proargtypes)
