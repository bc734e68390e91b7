CREATE AGGREGATE public.my_count(*) (
    SFUNC = public.cnt_sfunc,
    STYPE = bigint,
    INITCOND = '0'
);
COMMENT ON AGGREGATE public.my_count(*) IS 'counts';
GRANT EXECUTE ON FUNCTION public.my_count() TO retort_reader;

CREATE AGGREGATE public.my_pct(double precision ORDER BY anyelement) (
    SFUNC = ordered_set_transition,
    STYPE = internal,
    FINALFUNC = percentile_disc_final,
    FINALFUNC_EXTRA
);
REVOKE EXECUTE ON FUNCTION public.my_pct(double precision, anyelement) FROM PUBLIC;
